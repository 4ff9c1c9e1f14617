import BudgetCore
import Foundation
import TestSupport
@testable import MarkupReaders
import Testing
import ZIPFoundation

/// Hostile pages and documents: each refused with a message naming the file and what is wrong,
/// without a crash, a stack overflow or a runaway allocation.
@Suite struct HostileFileTests {
    static func error(reading data: Data, as fileName: String) -> String? {
        do {
            _ = try MarkupReader.read(data: data, fileName: fileName)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func htmlEntityBombIsRefusedBeforeParsing() {
        var declarations = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let html = "<!DOCTYPE html [" + declarations + "]><html><body><table><tr><td>&lol9;</td><td>1</td></tr>"
            + "<tr><td>a</td><td>2</td></tr></table></body></html>"
        #expect(Self.error(reading: Data(html.utf8), as: "bomb.html")
            == "bomb.html: byte 16 of the decoded page: declares an entity (<!ENTITY); no HTML page needs one, refused as a possible entity bomb")
    }

    @Test func tenThousandLevelsOfNestingAreRefused() {
        let html = "<html><body>" + String(repeating: "<div>", count: 10_000) + "深"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        #expect(Self.error(reading: Data(html.utf8), as: "deep.html")
            == "deep.html: line 1: the HTML parser stopped: elements nested more than 256 deep, refused as hostile or broken markup")
    }

    @Test func nestingBeyondOurOwnLimitIsRefusedByTheWalk() {
        let html = "<html><body>" + String(repeating: "<div>", count: 40) + "深" + String(repeating: "</div>", count: 40) + "</body></html>"
        var limits = MarkupLimits.default
        limits.maxDepth = 20
        #expect(throws: MarkupReadError(fileName: "deep.html", "line 1: elements nested more than 20 deep")) {
            try MarkupReader.read(data: Data(html.utf8), fileName: "deep.html", limits: limits)
        }
    }

    @Test func nestingWithinTheLimitIsRead() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 200) + "<p>正文</p>"
            + String(repeating: "</div>", count: 200) + "</body></html>"
        let document = try MarkupReader.read(data: Data(html.utf8), fileName: "deep-ok.html")
        #expect(document.blocks == [.paragraph(Paragraph("正文", line: 1))])
    }

    @Test func hugeColspanIsRefusedWithoutAllocating() {
        let html = """
            <html><body><table>
            <tr><td colspan="100000">项目</td><td>金额</td></tr>
            <tr><td>合计</td><td>1.00</td></tr>
            </table></body></html>
            """
        #expect(Self.error(reading: Data(html.utf8), as: "wide.html")
            == "wide.html: line 2: a cell has colspan 100000, over the limit of 1000")
    }

    @Test func hugeRowspanIsRefused() {
        let html = "<table><tr><td rowspan=\"99999999999\">项目</td><td>金额</td></tr><tr><td>1.00</td></tr></table>"
        #expect(Self.error(reading: Data(html.utf8), as: "tall.html")
            == "tall.html: line 1: a cell has rowspan 99999999999, over the limit of 1000")
    }

    @Test func spansWithinTheLimitButTooManyPositionsAreRefused() {
        let row = "<tr>" + String(repeating: "<td colspan=\"1000\" rowspan=\"1000\">x</td>", count: 5) + "</tr>"
        let html = "<table>" + row + "</table>"
        #expect(Self.error(reading: Data(html.utf8), as: "area.html")
            == "area.html: line 1: a table covers more than 1000000 grid positions")
    }

    @Test func aWideFirstRowOverManyRowsIsRefusedByItsArea() {
        let html = "<table><tr><td colspan=\"1000\">项目</td></tr>" + String(repeating: "<tr><td>1</td></tr>", count: 1_100) + "</table>"
        #expect(Self.error(reading: Data(html.utf8), as: "area.html")
            == "area.html: line 1: a table of 1101 rows × 1000 columns has more than 1000000 grid positions")
    }

    @Test func layoutTablesAreParagraphsNotGrids() throws {
        let html = """
            <html><body>
            <table><tr><td>首页</td><td>政务公开</td><td>互动交流</td></tr></table>
            <table><tr><td><table><tr><td>主办单位：某县人民政府</td><td>电话：0591-12345678</td></tr>
            <tr><td>地址：某路1号</td><td>网站标识码：3590000001</td></tr></table></td></tr></table>
            <table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>1.00</td></tr></table>
            </body></html>
            """
        let document = try MarkupReader.read(data: Data(html.utf8), fileName: "layout.html")
        let grids = document.blocks.filter { if case .grid = $0 { return true } else { return false } }
        let paragraphs = document.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.text } else { return nil }
        }
        #expect(grids.count == 1)
        #expect(paragraphs == ["首页", "政务公开", "互动交流", "主办单位：某县人民政府", "电话：0591-12345678", "地址：某路1号", "网站标识码：3590000001"])
    }

    /// Fuzzer finding M1: a damaged zip pointing past its own end trapped inside ZIPFoundation's
    /// in-memory archive; read through a file it is a clear error.
    @Test func zipPointingPastItsEndIsAnErrorNotATrap() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus-markup/repro-M1-zip-offset-past-end.docx")
        let message = Self.error(reading: try Data(contentsOf: url), as: "m1.docx")
        #expect(message == "m1.docx: the zip has no word/document.xml: not a Word (.docx) document")
    }

    static let documentHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let documentOpen = "<w:document xmlns:w=\"\(MarkupWriters.wordNamespace)\"><w:body>"

    @Test func docxEntityBombIsRefusedBeforeParsing() throws {
        var declarations = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml = Self.documentHead + "<!DOCTYPE w:document [" + declarations + "]>" + Self.documentOpen
            + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        let data = try MarkupWriters.docx(documentXML: xml)
        #expect(Self.error(reading: data, as: "bomb.docx")
            == "bomb.docx: word/document.xml: byte 56: declares a DTD or entities (<!DOCTYPE/<!ENTITY); a Word document has none, refused as a possible entity bomb")
    }

    @Test func docxNestedTenThousandLevelsIsRefusedByTheParser() throws {
        let xml = Self.documentHead + Self.documentOpen + String(repeating: "<w:sdt><w:sdtContent>", count: 5_000)
            + String(repeating: "</w:sdtContent></w:sdt>", count: 5_000) + "</w:body></w:document>"
        let data = try MarkupWriters.docx(documentXML: xml)
        let message = Self.error(reading: data, as: "deep.docx")
        #expect(message == "deep.docx: word/document.xml: line 2: not well-formed XML (elements nested more than 256 deep, refused as hostile or broken markup)")
    }

    @Test func docxZipBombIsRefusedByItsCompressionRatio() throws {
        // 20 MB of spaces inside the body: deflates about a thousandfold.
        let xml = Self.documentHead + Self.documentOpen + String(repeating: " ", count: 20_000_000) + "</w:body></w:document>"
        let data = try MarkupWriters.docx(documentXML: xml)
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        let ratio = entry.uncompressedSize / entry.compressedSize
        #expect(ratio > 100)
        #expect(Self.error(reading: data, as: "bomb.docx")
            == "bomb.docx: word/document.xml: compresses \(ratio):1 (\(entry.compressedSize) bytes to \(entry.uncompressedSize)), over the limit of 100:1; possible zip bomb")
    }

    @Test func docxMemberDeclaringTooFewBytesIsRefusedWhileInflating() throws {
        let xml = Self.documentHead + Self.documentOpen + String(repeating: "<w:p><w:r><w:t>文字</w:t></w:r></w:p>", count: 100)
            + "</w:body></w:document>"
        var zip = TestZip()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("word/document.xml", xml, declaredSize: 100)
        #expect(Self.error(reading: zip.data(), as: "lies.docx")
            == "lies.docx: word/document.xml: inflates past its declared size of 100 bytes (the zip lies about its size)")
    }

    @Test func docxMemberDeclaringTooManyBytesIsRefusedAfterInflating() throws {
        let xml = Self.documentHead + Self.documentOpen + "<w:p><w:r><w:t>文字</w:t></w:r></w:p></w:body></w:document>"
        var zip = TestZip()
        zip.add("word/document.xml", xml, declaredSize: 500_000)
        #expect(Self.error(reading: zip.data(), as: "lies.docx")
            == "lies.docx: word/document.xml: inflates to \(xml.utf8.count) bytes but declares 500000 (the zip lies about its size)")
    }

    @Test func docxMemberDeclaringMoreThanTheLimitIsRefusedBeforeInflating() throws {
        var zip = TestZip()
        zip.add("word/document.xml", "<w:document/>", declaredSize: 100 << 20)
        #expect(Self.error(reading: zip.data(), as: "huge.docx")
            == "huge.docx: word/document.xml: declares 104857600 bytes uncompressed, over the limit of 67108864 bytes")
    }

    @Test func otherZipsAndOtherBytesAreNamedForWhatTheyAreNot() throws {
        var zip = TestZip()
        zip.add("xl/workbook.xml", "<workbook/>")
        #expect(Self.error(reading: zip.data(), as: "book.xlsx")
            == "book.xlsx: the zip has no word/document.xml: not a Word (.docx) document")
        #expect(Self.error(reading: Data("\t部门预算收支总表\n".utf8), as: "a.txt")
            == "a.txt: neither an HTML page nor a Word (.docx) document")
        #expect(Self.error(reading: Data(), as: "empty.html") == "empty.html: the file is empty")
        #expect(Self.error(reading: Data("<html><body>\u{FF}</body></html>".utf8) + Data([0xFF, 0xFE, 0x00]), as: "bad.html")
            == "bad.html: byte offset 28: not valid text in UTF-8 or GB18030")
    }
}
