import Hummingbird

/// The one page: Chinese first, English on a switch; inline CSS and script, nothing fetched
/// from elsewhere, so it works on an office machine with no internet.
enum Page {
    static func response() -> Response {
        Response(status: .ok, headers: [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:",
            .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static let html = """
    <!doctype html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>部门预算转 Excel · budget2xlsx</title>
    <style>
    \(PageStyle.css)
    </style>
    </head>
    <body>
    <header>
      <h1 data-t="title">部门预算公开文本 → Excel 工作簿</h1>
      <button type="button" id="lang" aria-label="Switch language">English</button>
    </header>
    <main>
      <section id="drop" class="drop" tabindex="0">
        <p class="big" data-t="dropHere">把导出的文件（.txt、.csv、网页、Word、PDF）、文件夹或 .zip 拖到这里</p>
        <p data-t="or">或者</p>
        <div class="pick">
          <label class="button"><span data-t="chooseFiles">选择文件</span>
            <input type="file" id="files" name="files" multiple></label>
          <label class="button secondary"><span data-t="chooseFolder">选择文件夹</span>
            <input type="file" id="folder" webkitdirectory multiple></label>
        </div>
        <p class="hint" data-t="hint">文件只保存在这台电脑的临时文件夹里，一小时后自动删除。</p>
      </section>
      <section id="progress" hidden>
        <div class="bar"><div id="barfill"></div></div>
        <p id="progresstext" role="status" aria-live="polite"></p>
      </section>
      <ul id="uploaderrors" class="errors"></ul>
      <section id="downloads" hidden>
        <h2 data-t="downloads">下载</h2>
        <div id="downloadlinks" class="links"></div>
      </section>
      <section id="documents"></section>
    </main>
    <footer data-t="footer">budget2xlsx · 转换结果与命令行 convert 完全相同</footer>
    <script>
    \(PageScript.javascript)
    </script>
    </body>
    </html>
    """
}
