import BudgetBatch
import BudgetCore
import Foundation
import SpreadsheetModel
import Testing
import XlsxReaderKit

/// The roll-up of the Hebei sample (万元), the Jiangsu budget (万元) and the Shanghai budget (元,
/// its 三公 table in 万元) together: every department under its name, its key figures filled
/// and converted to 万元, which the sheet states; the unit in the manifest.
@Suite(.serialized) struct RollupUnitsTests {
    static let names = ["000_dcbc594b2af559b5.txt", "jiangsu_zhengxie_2019.txt", "shanghai_putuo_wanli_2024.txt"]

    static let run: Result<(output: URL, sheet: ReadSheet, properties: [String: String]), any Error> = Result {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in names { try FileManager.default.copyItem(at: RealBudget.url(name), to: input.appendingPathComponent(name)) }
        let output = folder.appendingPathComponent("out")
        _ = try CLI.run(["convert", input.path, "-o", output.path])
        let book = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("汇总.xlsx"))
        guard let sheet = book.sheets.first else { throw CocoaError(.fileReadCorruptFile) }
        return (output, sheet, book.customProperties)
    }

    /// Column label → number in the row of the department named so.
    static func figures(_ sheet: ReadSheet, unit name: String) throws -> [String: Double] {
        let headers = sheet.rowTexts(2)
        let row = try #require((3...sheet.maxRow).first { sheet.cell(row: $0, column: 2)?.text == name }, "\(name)")
        var values: [String: Double] = [:]
        for (column, label) in headers.enumerated() {
            if let number = sheet.cell(row: row, column: column)?.number { values[label] = number }
        }
        return values
    }

    @Test func manifestRecordsEachDocumentsUnit() throws {
        let output = try Self.run.get().output
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        #expect(records.sorted { $0.input < $1.input }.map { $0.outputs.first?.amountUnit } == ["万元", "万元", "元"])
        let shanghai = try #require(records.first { $0.input == "shanghai_putuo_wanli_2024.txt" }?.outputs.first)
        // In the document's unit (元); its 三公 table prints 万元: 47.91 万元 = 479,100 元.
        #expect(shanghai.figures.totalIncome == Cents(15_621_112_300))
        #expect(shanghai.figures.threePublic == Cents(47_910_000))
    }

    @Test func sheetStatesItsOneUnitAndEachSourceUnit() throws {
        let sheet = try Self.run.get().sheet
        let headers = sheet.rowTexts(2)
        #expect(sheet.rowTexts(1).last == "金额单位：万元")
        #expect(try Self.run.get().properties["金额单位"] == "万元")
        let unitColumn = try #require(headers.firstIndex(of: "原金额单位"))
        #expect(headers.suffix(3) == ["原金额单位", "警告", "校验问题"])
        let names = (3...sheet.maxRow).map { sheet.cell(row: $0, column: 2)?.text ?? "" }
        #expect(names.prefix(3) == ["平乡县人力资源和社会保障局", "江苏省政协办公厅", "上海市普陀区人民政府万里街道办事处"])
        #expect((3...5).map { sheet.cell(row: $0, column: unitColumn)?.text } == ["万元", "万元", "元"])
    }

    @Test func jiangsuFiguresAreFilledAsPrinted() throws {
        let f = try Self.figures(try Self.run.get().sheet, unit: "江苏省政协办公厅")
        #expect(f["收入总计"] == 13377.11)
        #expect(f["财政拨款"] == 13297.11 && f["其他资金"] == 80 && f["财政专户管理资金"] == 0)
        #expect(f["上年结转"] == 0 && f["支出合计"] == 13377.11)
        #expect(f["基本支出"] == 6522.75 && f["项目支出"] == 4968.34)
        // 人员经费 = 301 + 303, 公用经费 = 302 of the 一般公共预算基本支出 table.
        #expect(f["人员经费"] == 5312.01 && f["公用经费"] == 1130.74)
        // The “三公” 小计, not the table's 合计 (which adds 会议费 and 培训费).
        #expect(f["“三公”经费"] == 660.1)
        #expect(f["政府采购"] == 1624.42)
    }

    @Test func shanghaiFiguresAreConvertedFromYuan() throws {
        let f = try Self.figures(try Self.run.get().sheet, unit: "上海市普陀区人民政府万里街道办事处")
        #expect(f["收入总计"] == 15621.1123 && f["财政拨款收入"] == 15621.1123 && f["支出合计"] == 15621.1123)
        #expect(f["基本支出"] == 9970.602 && f["项目支出"] == 5650.5103)
        #expect(f["人员经费"] == 8853.7451 && f["公用经费"] == 1116.8569)
        #expect(f["“三公”经费"] == 47.91)
        #expect(f["上年结转"] == nil && f["政府采购"] == nil)
    }

    @Test func totalsAddOneUnit() throws {
        let sheet = try Self.run.get().sheet
        let headers = sheet.rowTexts(2)
        let income = try #require(headers.firstIndex(of: "收入总计"))
        #expect(sheet.cell(row: sheet.maxRow, column: 0)?.text == "合计")
        #expect(sheet.cell(row: sheet.maxRow, column: income)?.number == 44413.9923)  // 15415.77 + 13377.11 + 15621.1123
        #expect(sheet.cell(row: sheet.maxRow, column: income)?.style.numberFormat == "#,##0.00")
    }

    /// A manifest written before units were recorded: the department's figures are shown as
    /// printed, its row says the unit is unknown, and the totals leave it out.
    @Test func unknownUnitIsSaidAndLeftOutOfTheTotals() throws {
        var old = ManifestRecord(input: "a/old.txt", inputSHA256: "", toolVersion: "0", status: .converted, encoding: "UTF-8",
                                 outputs: [.init(path: "a/old.xlsx", sha256: "", unitCode: "", unitName: "旧单位", year: "2020",
                                                 tables: 1, warnings: 0, tableFindings: 0, narrativeFindings: 0,
                                                 figures: KeyFigures(totalIncome: Cents(123_456)), amountUnit: "万元")],
                                 tables: 1, warnings: [], findings: [], error: nil, milliseconds: 0)
        let line = String(decoding: try ManifestStore.encoder.encode(old), as: UTF8.self)
        #expect(line.contains("\"amountUnit\":\"万元\""))
        let oldLine = line.replacing("\"amountUnit\":\"万元\",", with: "").replacing(",\"amountUnit\":\"万元\"", with: "")
        #expect(!oldLine.contains("amountUnit"))
        let decoded = try JSONDecoder().decode(ManifestRecord.self, from: Data(oldLine.utf8))
        #expect(decoded.outputs[0].amountUnit == nil)
        old.input = "a/new.txt"
        old.outputs[0].unitName = "新单位"
        old.outputs[0].figures = KeyFigures(totalIncome: Cents(1_000_000))
        old.outputs[0].amountUnit = "元"
        let sheet = try #require(RollupSheetBuilder.layout(records: [decoded, old]).sheets.first)
        let cells = Dictionary(sheet.cells.map { (GridPosition($0.row, $0.column), $0.value) }, uniquingKeysWith: { $1 })
        let unitColumn = 4 + 1 + 8
        #expect(cells[GridPosition(3, 2)] == .text("新单位") && cells[GridPosition(4, 2)] == .text("旧单位"))
        #expect(cells[GridPosition(3, 4)] == .number(1, source: "1.00", format: .amount))  // 10,000.00 元 = 1 万元
        #expect(cells[GridPosition(3, unitColumn)] == .text("元"))
        #expect(cells[GridPosition(4, 4)] == .number(1234.56, source: "1234.56", format: .amount))
        #expect(cells[GridPosition(4, unitColumn)] == .text(RollupSheetBuilder.unknownUnitNote))
        // 小计 and 合计: the known department alone.
        #expect(cells[GridPosition(5, 4)] == .number(1, source: "1.00", format: .amount))
        #expect(cells[GridPosition(6, 0)] == .text("合计") && cells[GridPosition(6, 4)] == .number(1, source: "1.00", format: .amount))
    }
}

private struct GridPosition: Hashable {
    var row: Int, column: Int
    init(_ row: Int, _ column: Int) { self.row = row; self.column = column }
}
