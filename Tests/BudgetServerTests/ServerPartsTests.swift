import BudgetCore
import Foundation
import Testing
@testable import BudgetServer

@Suite("serve: names, previews, headers")
struct ServerPartsTests {
    @Test("upload names: folders kept, escapes refused, clutter recognised")
    func uploadNames() throws {
        #expect(try UploadName.components(of: "河北/./平乡县//a.txt") == ["河北", "平乡县", "a.txt"])
        #expect(try UploadName.components(of: "a\\b.txt") == ["a", "b.txt"])
        for bad in ["../a.txt", "/a.txt", "\\a.txt", "a/../../b.txt", "C:/a.txt", "a\u{7}.txt"] {
            #expect(throws: UploadName.Problem.escapes, "\(bad)") { try UploadName.components(of: bad) }
        }
        #expect(throws: UploadName.Problem.empty) { try UploadName.components(of: "./") }
        #expect(UploadName.isClutter(["__MACOSX", "a.txt"]) && UploadName.isClutter([".DS_Store"]))
        #expect(!UploadName.isClutter(["县", "a.txt"]))
    }

    @Test("preview: merges become rowspan/colspan, covered cells are not drawn, text is escaped")
    func preview() {
        var sheet = SheetLayout(name: "表<1>", columnWidths: [10, 10, 10])
        sheet.cells = [
            LayoutCell(row: 0, column: 0, value: .text("标题 & <b>"), style: .title),
            LayoutCell(row: 1, column: 0, value: .text("项目"), style: .header),
            LayoutCell(row: 1, column: 1, value: .text("金额"), style: .header),
            LayoutCell(row: 2, column: 1, value: .number(1.5, source: "1.50", format: .amount), style: .number(.amount), sourceLine: 42),
        ]
        sheet.merges = [
            LayoutMerge(range: GridRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 2), style: .title),
            LayoutMerge(range: GridRange(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0), style: .header),
        ]
        let html = SheetPreview.table(sheet)
        #expect(html.contains("<td colspan=\"3\" class=\"bold title c\">标题 &amp; &lt;b&gt;</td>"))
        #expect(html.contains("<td rowspan=\"2\" class=\"b bold c wrap\">项目</td>"))
        #expect(html.contains("<td class=\"b r\" data-line=\"42\">1.50</td>"))
        let rows = html.components(separatedBy: "<tr>").dropFirst().map { $0.components(separatedBy: "<td").count - 1 }
        #expect(rows == [1, 3, 2])
        #expect(SheetPreview.html(WorkbookLayout(sheets: [sheet], properties: .init(title: "", subject: "", company: "", keywords: "", comments: "", unit: "", year: "", created: 0)), title: "a.xlsx")
            .contains("<summary>表&lt;1&gt;</summary>"))
    }

    @Test("amounts show as Excel shows #,##0.00; other text stays as written")
    func amounts() {
        #expect(AmountText.grouped("15407.98") == "15,407.98")
        #expect(AmountText.grouped("-1234567.5") == "-1,234,567.50")
        #expect(AmountText.grouped("3") == "3.00")
        #expect(AmountText.grouped("999") == "999.00")
        #expect(AmountText.grouped("1.234") == "1.234")
        #expect(AmountText.grouped("12a") == "12a")
        let cell = LayoutCell(row: 0, column: 0, value: .number(1e4, source: "10000.00", format: .amount), style: .number(.amount))
        #expect(SheetPreview.shown(cell) == "10,000.00")
        let serial = LayoutCell(row: 0, column: 0, value: .number(1e4, source: "10000", format: .integer), style: .index)
        #expect(SheetPreview.shown(serial) == "10000")
    }

    @Test("preview: long sheets are cut with a count of the rest")
    func longSheet() {
        var sheet = SheetLayout(name: "长", columnWidths: [10])
        sheet.cells = (0..<(SheetPreview.maxRows + 5)).map { LayoutCell(row: $0, column: 0, value: .text("\($0)"), style: .body()) }
        sheet.merges = [LayoutMerge(range: GridRange(firstRow: SheetPreview.maxRows - 1, firstColumn: 0, lastRow: SheetPreview.maxRows + 3, lastColumn: 0), style: .body())]
        let html = SheetPreview.table(sheet)
        #expect(html.contains("data-rows=\"5\""))
        #expect(html.components(separatedBy: "<tr>").count - 1 == SheetPreview.maxRows)
        #expect(!html.contains("rowspan"))
    }

    @Test("downloads carry the Chinese name RFC 6266-encoded with an ASCII fallback")
    func attachment() {
        #expect(Routes.attachment("汇总.xlsx") == "attachment; filename=\"__.xlsx\"; filename*=UTF-8''%E6%B1%87%E6%80%BB.xlsx")
        #expect(Routes.contentType(of: "a.ZIP") == "application/zip")
    }

    @Test("loopback addresses are told apart from the network")
    func loopback() {
        #expect(ServerConfiguration.isLoopback("127.0.0.1") && ServerConfiguration.isLoopback("localhost") && ServerConfiguration.isLoopback("::1"))
        #expect(!ServerConfiguration.isLoopback("0.0.0.0") && !ServerConfiguration.isLoopback("192.168.1.5"))
    }

    @Test("batch ids are 32 hex digits and nothing else passes")
    func ids() {
        let id = BatchFolder.newID()
        #expect(BatchFolder.isValidID(id[...]))
        #expect(id != BatchFolder.newID())
        #expect(!BatchFolder.isValidID("../../etc/passwd") && !BatchFolder.isValidID(String(repeating: "g", count: 32)[...]))
    }
}
