/// The page's script (inline: no external assets). It uploads each chosen file with one PUT,
/// starts the batch, then polls the batch's status and draws it.
enum PageScript {
    static let javascript = #"""
    "use strict";
    const T = {
      zh: {
        title: "部门预算公开文本 → Excel 工作簿",
        dropHere: "把导出的文件（.txt、.csv、网页、Word、PDF）、文件夹或 .zip 拖到这里",
        or: "或者", chooseFiles: "选择文件", chooseFolder: "选择文件夹",
        hint: "文件只保存在运行本页面的电脑的临时文件夹里，一小时不用后自动删除。",
        downloads: "下载", footer: "budget2xlsx · 转换结果与命令行 convert 完全相同",
        uploading: "正在上传第 {0} 个文件，共 {1} 个…",
        converting: "正在转换：已完成 {0} 个，共 {1} 个文档",
        done: "全部完成：{0} 个已转换，{1} 个失败",
        nothing: "没有可以转换的文件。",
        queued: "排队中", uploaded: "已上传", converting_: "转换中", converted: "已转换", failed: "失败",
        facts: "识别出 <b>{0}</b> 张表 · <b>{1}</b> 条警告 · <b>{2}</b> 条校验发现",
        warnings: "警告", findings: "校验发现",
        findingNote: "校验发现：某个数与按核对关系算出的数不一致。工作簿中保留的是原文数字，转换没有改动它。请对照原始公开文件核实，必要时联系编制单位更正。点击一行可在下方预览中找到该数。",
        kind: "类型", table: "表", row: "行", column: "栏", identity: "核对关系", expected: "应为", found: "实为", difference: "差额", line: "源文件行",
        narrative: "情况说明", tableKind: "表内/表间",
        workbook: "下载工作簿", preview: "预览（与 Excel 中的合并单元格一致）",
        zipAll: "全部下载（.zip）",
        tooLarge: "文件太大或文件太多，未接收", refused: "未接收", uploadFailed: "上传失败", busy: "服务器忙，请稍后再试",
        err_binary: "这不是文本导出文件（看起来是二进制文件）", err_encoding: "文字编码无法识别", err_empty: "文件是空的",
        err_noTable: "文件中没有找到预算表格", err_unreadable: "无法读取该文件", err_tooLarge: "表格太大，无法写入 Excel",
        err_output: "无法写出工作簿", err_findings: "有校验发现", err_other: "转换失败",
        more: "另有 {0} 行未显示，完整内容见下载的工作簿",
      },
      en: {
        title: "Budget disclosure text → Excel workbooks",
        dropHere: "Drop exported files (.txt, .csv, web pages, Word, PDF), a folder or a .zip here",
        or: "or", chooseFiles: "Choose files", chooseFolder: "Choose a folder",
        hint: "Files stay in a temporary folder on the computer running this page and are deleted after an hour unused.",
        downloads: "Downloads", footer: "budget2xlsx · the same conversion as the convert command",
        uploading: "Uploading file {0} of {1}…",
        converting: "Converting: {0} of {1} documents done",
        done: "All done: {0} converted, {1} failed",
        nothing: "Nothing that could be converted.",
        queued: "queued", uploaded: "uploaded", converting_: "converting", converted: "converted", failed: "failed",
        facts: "<b>{0}</b> tables recognized · <b>{1}</b> warnings · <b>{2}</b> findings",
        warnings: "Warnings", findings: "Findings",
        findingNote: "A finding is a figure that disagrees with what the identity gives. The workbook keeps the figure as published; the conversion did not change it. Check it against the original disclosure and ask the issuing unit if it needs correcting. Click a row to find the figure in the preview below.",
        kind: "Kind", table: "Table", row: "Row", column: "Column", identity: "Identity", expected: "Expected", found: "Found", difference: "Difference", line: "Source line",
        narrative: "narrative", tableKind: "tables",
        workbook: "Download workbook", preview: "Preview (merged cells as in Excel)",
        zipAll: "Everything (.zip)",
        tooLarge: "too large or too many files, not accepted", refused: "not accepted", uploadFailed: "upload failed", busy: "the server is busy, try again later",
        err_binary: "not a text export (looks like a binary file)", err_encoding: "the text encoding is not recognised", err_empty: "the file is empty",
        err_noTable: "no budget table found in the file", err_unreadable: "the file cannot be read", err_tooLarge: "a table is too large for Excel",
        err_output: "the workbook could not be written", err_findings: "has findings", err_other: "conversion failed",
        more: "{0} more rows not shown; the downloaded workbook has them all",
      }
    };
    let lang = "zh";
    try { lang = localStorage.getItem("budget2xlsx-lang") || "zh"; } catch (e) {}
    let lastStatus = null;
    let uploadErrors = [];
    let uploadProgress = null;
    let currentBatch = null;
    const $ = (id) => document.getElementById(id);

    function t(key, ...args) {
      let text = (T[lang] && T[lang][key]) || T.zh[key] || key;
      args.forEach((value, i) => { text = text.split("{" + i + "}").join(String(value)); });
      return text;
    }
    function esc(text) {
      return String(text == null ? "" : text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
    }
    function applyLang() {
      document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
      document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
      document.title = t("title") + " · budget2xlsx";
      $("lang").textContent = lang === "zh" ? "English" : "中文";
      renderUploadErrors();
      renderProgress();
      if (lastStatus) render(lastStatus);
    }
    $("lang").addEventListener("click", () => {
      lang = lang === "zh" ? "en" : "zh";
      try { localStorage.setItem("budget2xlsx-lang", lang); } catch (e) {}
      applyLang();
    });

    async function messageOf(response) {
      try { const body = await response.json(); return body.error || ""; } catch (e) { return ""; }
    }
    function uploadError(name, status, message) {
      const key = status === 413 ? "tooLarge" : status === 503 ? "busy" : status >= 400 && status < 500 ? "refused" : "uploadFailed";
      uploadErrors.push({ name, key, message });
      renderUploadErrors();
    }
    function renderUploadErrors() {
      $("uploaderrors").innerHTML = uploadErrors.map((e) =>
        "<li class=\"uploaderror\"><b>" + esc(e.name) + "</b>：" + esc(t(e.key)) + (e.message ? "（" + esc(e.message) + "）" : "") + "</li>").join("");
    }
    function renderProgress() {
      const box = $("progress");
      if (uploadProgress) {
        box.hidden = false;
        $("barfill").style.width = Math.round(100 * uploadProgress.done / Math.max(1, uploadProgress.total)) + "%";
        $("progresstext").textContent = uploadProgress.text ? t(uploadProgress.text) : t("uploading", uploadProgress.done + 1, uploadProgress.total);
      } else if (lastStatus) {
        box.hidden = false;
        const failed = lastStatus.documents.filter((d) => d.state === "failed").length;
        $("barfill").style.width = Math.round(100 * lastStatus.finished / Math.max(1, lastStatus.total)) + "%";
        $("progresstext").textContent = lastStatus.state === "done"
          ? t("done", lastStatus.finished - failed, failed)
          : t("converting", lastStatus.finished, lastStatus.total);
      }
    }

    async function convert(entries) {
      entries = entries.filter((e) => e.file && !e.name.split("/").some((p) => p.startsWith(".")));
      uploadErrors = []; lastStatus = null; currentBatch = null;
      $("documents").innerHTML = ""; $("downloads").hidden = true; renderUploadErrors();
      if (!entries.length) { uploadProgress = { done: 0, total: 1, text: "nothing" }; renderProgress(); return; }
      uploadProgress = { done: 0, total: entries.length };
      renderProgress();
      let created;
      try { created = await fetch("/api/batches", { method: "POST" }); } catch (e) { created = null; }
      if (!created || !created.ok) {
        uploadError("—", created ? created.status : 0, created ? await messageOf(created) : "");
        uploadProgress = null; return;
      }
      const id = (await created.json()).id;
      currentBatch = id;
      let accepted = 0;
      for (const entry of entries) {
        if (id !== currentBatch) return;
        renderProgress();
        try {
          const response = await fetch("/api/batches/" + id + "/files?name=" + encodeURIComponent(entry.name), { method: "PUT", body: entry.file });
          if (response.ok) accepted += ((await response.json()).added || []).length;
          else uploadError(entry.name, response.status, await messageOf(response));
        } catch (e) {
          uploadError(entry.name, 0, String(e));
        }
        uploadProgress.done += 1;
      }
      if (id !== currentBatch) return;  // a newer choice replaced this one
      if (!accepted) { uploadProgress.text = "nothing"; renderProgress(); return; }
      uploadProgress = null;
      const started = await fetch("/api/batches/" + id + "/start", { method: "POST" });
      if (!started.ok) { uploadError("—", started.status, await messageOf(started)); return; }
      const first = await started.json();
      if (id !== currentBatch) return;
      render(first);
      poll(id);
    }
    async function poll(id) {
      if (id !== currentBatch) return;
      try {
        const response = await fetch("/api/batches/" + id);
        if (!response.ok) return;
        const status = await response.json();
        if (id !== currentBatch) return;
        render(status);
        if (status.state !== "done") setTimeout(() => poll(id), 500);
      } catch (e) {
        setTimeout(() => poll(id), 2000);
      }
    }

    function render(status) {
      lastStatus = status;
      renderProgress();
      const container = $("documents");
      for (const doc of status.documents) {
        let card = document.getElementById("doc-" + doc.index);
        if (!card) {
          card = document.createElement("article");
          card.className = "doc"; card.id = "doc-" + doc.index;
          card.innerHTML = "<div class=\"body\"></div><div class=\"preview\"></div>";
          container.appendChild(card);
        }
        card.dataset.state = doc.state;
        card.querySelector(".body").innerHTML = documentHTML(doc);
        const preview = card.querySelector(".preview");
        if (doc.preview && !preview.dataset.loaded) {
          preview.dataset.loaded = "1";
          fetch(doc.preview).then((r) => r.ok ? r.text() : "").then((html) => {
            preview.innerHTML = "<h4 class=\"previewtitle\">" + esc(t("preview")) + "</h4>" + html;
            localizePreview(preview);
          });
        } else {
          const title = preview.querySelector(".previewtitle");
          if (title) title.textContent = t("preview");
          localizePreview(preview);
        }
      }
      const links = $("downloadlinks");
      $("downloads").hidden = !status.downloads.length;
      links.innerHTML = status.downloads.map((d) =>
        "<a href=\"" + esc(d.url) + "\" download>" + esc(d.name.endsWith(".zip") ? t("zipAll") : d.name) + "</a>").join("");
    }
    function localizePreview(preview) {
      preview.querySelectorAll("p.more").forEach((p) => { p.textContent = t("more", p.dataset.rows); });
    }
    function documentHTML(doc) {
      const state = doc.state === "converting" ? "converting_" : doc.state;
      let html = "<div class=\"dochead\"><h3>" + esc(doc.name) + "</h3><span class=\"badge " + esc(doc.state) + "\">" + esc(t(state)) + "</span></div>";
      if (doc.state === "converted" || doc.tables > 0) {
        html += "<p class=\"facts\">" + t("facts", doc.tables, doc.warnings.length, doc.findings.length) + "</p>";
      }
      if (doc.error) {
        const key = "err_" + (doc.errorKind || "other");
        html += "<p class=\"error docerror\"><b>" + esc(doc.name) + "</b>：" + esc(T[lang][key] ? t(key) : t("err_other")) + "<br><small>" + esc(doc.error) + "</small></p>";
      }
      if (doc.workbooks.length) {
        html += "<div class=\"links\">" + doc.workbooks.map((w) =>
          "<a class=\"workbook\" href=\"" + esc(w.url) + "\" download>" + esc(t("workbook")) + " " + esc(w.name) + "</a>").join("") + "</div>";
      }
      if (doc.warnings.length) {
        html += "<h4>" + esc(t("warnings")) + "</h4><ul class=\"warnings\">" + doc.warnings.map((w) => "<li>" + esc(w) + "</li>").join("") + "</ul>";
      }
      if (doc.findings.length) {
        html += "<h4>" + esc(t("findings")) + "</h4><p class=\"findingnote\">" + esc(t("findingNote")) + "</p>";
        html += "<table class=\"findings\"><thead><tr><th>" + [t("kind"), t("table"), t("row"), t("column"), t("identity"), t("expected"), t("found"), t("difference"), t("line")].map(esc).join("</th><th>") + "</th></tr></thead><tbody>";
        for (const f of doc.findings) {
          html += "<tr class=\"finding\" data-line=\"" + f.line + "\" title=\"" + esc(f.text) + "\"><td>" + esc(f.kind === "narrative" ? t("narrative") : t("tableKind")) + "</td><td>" + esc(f.table || "—") + "</td><td>" + esc(f.row || "—") + "</td><td>" + esc(f.column || "—") + "</td><td>" + esc(f.identity) +
            "</td><td class=\"num\">" + esc(f.expected) + "</td><td class=\"num\">" + esc(f.found) + "</td><td class=\"num diff\">" + esc(f.difference) + "</td><td class=\"num\">" + f.line + "</td></tr>";
        }
        html += "</tbody></table>";
      }
      return html;
    }
    $("documents").addEventListener("click", (event) => {
      const row = event.target.closest("tr.finding");
      if (!row) return;
      const card = row.closest(".doc");
      card.querySelectorAll(".grid td.hit").forEach((td) => td.classList.remove("hit"));
      const cell = card.querySelector(".grid td[data-line=\"" + row.dataset.line + "\"]");
      if (!cell) return;
      const sheet = cell.closest("details");
      if (sheet) sheet.open = true;
      cell.classList.add("hit");
      cell.scrollIntoView({ block: "center", inline: "center" });
    });

    const fileInput = $("files"), folderInput = $("folder"), drop = $("drop");
    for (const input of [fileInput, folderInput]) {
      input.addEventListener("change", () => {
        const entries = Array.from(input.files).map((f) => ({ file: f, name: f.webkitRelativePath || f.name }));
        input.value = "";
        convert(entries);
      });
    }
    // A drop that misses the box must not open the file in place of the page.
    window.addEventListener("dragover", (event) => event.preventDefault());
    window.addEventListener("drop", (event) => { if (!drop.contains(event.target)) event.preventDefault(); });
    drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", async (event) => {
      event.preventDefault();
      drop.classList.remove("over");
      const items = Array.from(event.dataTransfer.items || []).map((i) => i.webkitGetAsEntry ? i.webkitGetAsEntry() : null);
      const entries = [];
      if (items.some((i) => i)) {
        for (const item of items) if (item) await walk(item, "", entries);
      } else {
        for (const f of event.dataTransfer.files) entries.push({ file: f, name: f.name });
      }
      convert(entries);
    });
    function walk(entry, prefix, out) {
      return new Promise((resolve) => {
        if (entry.isFile) {
          entry.file((f) => { out.push({ file: f, name: prefix + f.name }); resolve(); }, () => resolve());
        } else if (entry.isDirectory) {
          const reader = entry.createReader(), children = [];
          const more = () => reader.readEntries(async (batch) => {
            if (batch.length) { children.push(...batch); more(); return; }
            for (const child of children) await walk(child, prefix + entry.name + "/", out);
            resolve();
          }, () => resolve());
          more();
        } else resolve();
      });
    }
    applyLang();
    """#
}
