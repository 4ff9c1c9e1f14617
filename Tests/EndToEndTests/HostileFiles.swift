import Foundation
import TestSupport

/// Hostile and broken inputs of every structured shape, built by the tests: each is refused by
/// the command line with its own message (see HostileInputCommandTests).
enum HostileFiles {
    static let wordNamespace = MarkupWriters.wordNamespace
    static let documentHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:document xmlns:w=\"\(wordNamespace)\"><w:body>"
    static let documentTail = "</w:body></w:document>"

    /// The billion laughs: ten levels of entities each ten times the one below.
    static func docxEntityBomb() throws -> Data {
        var declarations = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE w:document [" + declarations + "]>"
            + "<w:document xmlns:w=\"\(wordNamespace)\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>" + documentTail
        return try MarkupWriters.docx(documentXML: xml)
    }

    /// 20 MB of spaces in the body: deflates about a thousandfold.
    static func docxZipBomb() throws -> Data {
        try MarkupWriters.docx(documentXML: documentHead + String(repeating: " ", count: 20_000_000) + documentTail)
    }

    /// word/document.xml says it is 100 bytes and inflates to thousands.
    static func docxLyingAboutItsSize() -> Data {
        var zip = TestZip()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("word/document.xml", documentHead + String(repeating: "<w:p><w:r><w:t>文字</w:t></w:r></w:p>", count: 100) + documentTail,
                declaredSize: 100)
        return zip.data()
    }

    static func htmlNested(_ levels: Int) -> Data {
        Data(("<html><body>" + String(repeating: "<div>", count: levels) + "深" + String(repeating: "</div>", count: levels)
              + "</body></html>").utf8)
    }

    static let htmlHugeColspan = Data("""
        <html><body><table>
        <tr><td colspan="100000">项目</td><td>金额</td></tr>
        <tr><td>合计</td><td>1.00</td></tr>
        </table></body></html>
        """.utf8)

    static let htmlHugeRowspan = Data("""
        <html><body><table>
        <tr><td>项目</td><td>金额</td></tr>
        <tr><td rowspan="99999999999">合计</td><td>1.00</td></tr>
        </table></body></html>
        """.utf8)
}
