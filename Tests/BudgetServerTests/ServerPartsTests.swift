import BudgetBatch
import BudgetCore
import Foundation
import SpreadsheetModel
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

    @Test("preview: every merge of the sample's sheets becomes one rowspan/colspan cell; covered cells are not drawn")
    func previewMerges() throws {
        let planned = try ConversionPipeline.run([UInt8](Data(contentsOf: Fixture.sampleURL)), sourceName: Fixture.sampleName).departments[0].layout
        #expect(planned.sheets.count > 5)
        for sheet in planned.sheets where sheet.rowCount <= SheetPreview.maxRows {
            let html = SheetPreview.table(sheet)
            let columns = max(sheet.columnWidths.count, (sheet.cells.map(\.column).max() ?? -1) + 1,
                              (sheet.merges.map(\.range.lastColumn).max() ?? -1) + 1)
            let rows = max(sheet.rowCount, (sheet.merges.map(\.range.lastRow).max() ?? -1) + 1)
            let hidden = sheet.merges.map { ($0.range.lastRow - $0.range.firstRow + 1) * ($0.range.lastColumn - $0.range.firstColumn + 1) - 1 }
            #expect(html.components(separatedBy: "<td").count - 1 == rows * columns - hidden.reduce(0, +), "\(sheet.name)")
            #expect(html.components(separatedBy: "<tr>").count - 1 == rows, "\(sheet.name)")
            #expect(html.components(separatedBy: " colspan=").count - 1 == sheet.merges.filter { $0.range.lastColumn > $0.range.firstColumn }.count, "\(sheet.name)")
            #expect(html.components(separatedBy: " rowspan=").count - 1 == sheet.merges.filter { $0.range.lastRow > $0.range.firstRow }.count, "\(sheet.name)")
            for merge in sheet.merges {
                guard let cell = sheet.cells.first(where: { $0.row == merge.range.firstRow && $0.column == merge.range.firstColumn }),
                      !cell.value.text.isEmpty else { continue }
                let width = merge.range.lastColumn - merge.range.firstColumn + 1
                if width > 1 { #expect(html.contains("colspan=\"\(width)\""), "\(sheet.name) \(merge.range)") }
            }
        }
    }

    @Test("preview: cell text is escaped, styles become classes, source lines are kept")
    func previewCells() {
        var sheet = SheetLayout(name: "表<1>", columnWidths: [10, 10])
        sheet.cells = [
            LayoutCell(row: 0, column: 0, value: .text("标题 & <b>"), style: .title),
            LayoutCell(row: 1, column: 0, value: .text("项目"), style: .header),
            LayoutCell(row: 1, column: 1, value: .number(1.5, source: "1.50", format: .amount), style: .number(.amount), sourceLine: 42),
        ]
        let html = SheetPreview.table(sheet)
        #expect(html.contains("<td class=\"bold title c\">标题 &amp; &lt;b&gt;</td><td></td>"))
        #expect(html.contains("<td class=\"b bold c wrap\">项目</td>"))
        #expect(html.contains("<td class=\"b r\" data-line=\"42\">1.50</td>"))
        let properties = DocumentProperties(title: "", subject: "", company: "", keywords: "", comments: "", unit: "", year: "", created: 0)
        #expect(SheetPreview.html(WorkbookLayout(sheets: [sheet], properties: properties), title: "a.xlsx")
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
        let html = SheetPreview.table(sheet)
        #expect(html.contains("data-rows=\"5\""))
        #expect(html.components(separatedBy: "<tr>").count - 1 == SheetPreview.maxRows)
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
