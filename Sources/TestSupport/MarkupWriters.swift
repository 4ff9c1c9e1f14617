import BudgetCore
import Foundation
import ZIPFoundation

/// Writes blocks as the shapes under test: an HTML page, a Word document.
public enum MarkupWriters {
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Text for HTML: spaces a browser would collapse (runs, or at either end) as &nbsp;.
    public static func htmlText(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character == " " {
                let collapsible = index == 0 || index == characters.count - 1
                    || characters[index - 1] == " " || characters[index + 1] == " "
                out += collapsible ? "&nbsp;" : " "
            } else {
                out += escape(String(character))
            }
        }
        return out
    }

    /// An HTML page; `<br>` for line breaks in cells; spans as rowspan/colspan.
    /// `pageChrome` adds a site's navigation line and footer, which a reader keeps as narrative.
    public static func html(_ blocks: [StructuredDocument.Block], charset: String = "utf-8", excelStyle: Bool = false,
                            pageChrome: Bool = true) -> String {
        var out = "<!DOCTYPE html>\n<html>\n<head>\n"
        out += excelStyle
            ? "<meta http-equiv=Content-Type content=\"text/html; charset=\(charset)\">\n<meta name=ProgId content=Excel.Sheet>\n"
            : "<meta charset=\"\(charset)\">\n"
        out += "<title>部门预算公开</title>\n<style>td { border: 1px solid }</style>\n<script>var x = '<table><tr><td>不是表</td></tr></table>';</script>\n"
        out += "</head>\n<body>\n"
        if pageChrome { out += "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></div>\n" }
        out += "<div style=\"display:none\">隐藏的文字</div>\n"
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                out += "<p>\(htmlText(paragraph.text))</p>\n"
            case .grid(let grid):
                out += excelStyle ? "<table border=0 cellpadding=0 cellspacing=0 width=800 style='border-collapse:collapse'>\n"
                                  : "<table class=\"budget\">\n<tbody>\n"
                for row in 0..<grid.rowCount {
                    out += " <tr>\n"
                    for cell in grid.cells where cell.row == row {
                        var attributes = ""
                        if cell.rowSpan > 1 { attributes += excelStyle ? " rowspan=\(cell.rowSpan)" : " rowspan=\"\(cell.rowSpan)\"" }
                        if cell.columnSpan > 1 { attributes += excelStyle ? " colspan=\(cell.columnSpan)" : " colspan=\"\(cell.columnSpan)\"" }
                        let text = cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { htmlText(String($0)) }
                            .joined(separator: excelStyle ? "<br style='mso-data-placement:same-cell;'>" : "<br>")
                        let body = excelStyle ? text : (text.isEmpty ? "&nbsp;" : "<span>\(text)</span>")
                        out += "  <td\(attributes) class=xl65>\(body)</td>\n"
                    }
                    out += " </tr>\n"
                }
                out += excelStyle ? "</table>\n" : "</tbody>\n</table>\n"
            }
        }
        if pageChrome { out += "<div class=\"footer\"><p>主办单位：某县人民政府</p><p>网站标识码：1234567890</p></div>\n" }
        out += "</body>\n</html>\n"
        return out
    }

    public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// word/document.xml: w:p for paragraphs (a run per character pair, as Word splits
    /// text), w:tbl with w:gridSpan and w:vMerge for spans, a w:p per line in a cell.
    public static func documentXML(_ blocks: [StructuredDocument.Block]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<w:document xmlns:w=\"\(wordNamespace)\"><w:body>"
        func paragraph(_ text: String) -> String {
            guard !text.isEmpty else { return "<w:p/>" }
            var runs = ""
            var chunk = ""
            for character in text {
                chunk.append(character)
                if chunk.count == 2 {
                    runs += "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">\(escape(chunk))</w:t></w:r>"
                    chunk = ""
                }
            }
            if !chunk.isEmpty { runs += "<w:r><w:t xml:space=\"preserve\">\(escape(chunk))</w:t></w:r>" }
            return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\(runs)</w:p>"
        }
        for block in blocks {
            switch block {
            case .paragraph(let item):
                out += paragraph(item.text)
            case .grid(let grid):
                out += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
                out += String(repeating: "<w:gridCol w:w=\"1200\"/>", count: grid.columnCount) + "</w:tblGrid>"
                for row in 0..<grid.rowCount {
                    out += "<w:tr>"
                    var column = 0
                    while column < grid.columnCount {
                        if let cell = grid.cells.first(where: { $0.row == row && $0.column == column }) {
                            var properties = ""
                            if cell.columnSpan > 1 { properties += "<w:gridSpan w:val=\"\(cell.columnSpan)\"/>" }
                            if cell.rowSpan > 1 { properties += "<w:vMerge w:val=\"restart\"/>" }
                            let lines = cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph(String($0)) }
                            out += "<w:tc><w:tcPr><w:tcW w:w=\"1200\" w:type=\"dxa\"/>\(properties)</w:tcPr>\(lines.joined())</w:tc>"
                            column += cell.columnSpan
                        } else if let above = grid.cells.first(where: {
                            $0.row < row && $0.row + $0.rowSpan > row && $0.column == column }) {
                            var properties = "<w:vMerge/>"
                            if above.columnSpan > 1 { properties = "<w:gridSpan w:val=\"\(above.columnSpan)\"/>" + properties }
                            out += "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p/></w:tc>"
                            column += above.columnSpan
                        } else {
                            column += 1  // a short row: nothing here, as Word allows
                        }
                    }
                    out += "</w:tr>"
                }
                out += "</w:tbl>"
            }
        }
        out += "<w:sectPr/></w:body></w:document>"
        return out
    }

    /// A minimal .docx package zipped with ZIPFoundation.
    public static func docx(documentXML: String, extraMembers: [(String, Data)] = []) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let contentTypes = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """
        let rels = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """
        let members: [(String, Data)] = [("[Content_Types].xml", Data(contentTypes.utf8)), ("_rels/.rels", Data(rels.utf8)),
                                         ("word/document.xml", Data(documentXML.utf8))] + extraMembers
        for (path, data) in members {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
