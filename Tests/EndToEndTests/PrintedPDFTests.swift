import Foundation
import SpreadsheetModel
import Testing
import TestSupport
import XlsxReaderKit

/// A PDF from another producer than the two published ones (those are Word's): the sample's
/// own workbook printed by LibreOffice Calc, with Calc's `第 3 页，共 53 页` footers, tables
/// continued over pages, 绩效目标表 titles wrapped over two lines and list items kept on their
/// own lines in a cell. Read back, it must give the workbook the text export gives.
@Suite(.serialized) struct PrintedPDFTests {
    static let samples = SampleExport.url.deletingLastPathComponent()

    /// The PDF cannot keep runs of spaces inside a label (`项  目` prints as `项目`) nor a line
    /// break the export puts before a full stop: compare cells without them.
    static func comparable(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\n" }.map(Character.init))
    }

    @Test func theSamplePrintedByCalcReadsBackAsTheTextExportDoes() throws {
        let output = try TemporaryFolder.make()
        let pdf = Self.samples.appendingPathComponent("pdf/hebei_sample_printed_by_calc.pdf")
        let fromPDF = try CLI.run(["convert", pdf.path, "-o", output.appendingPathComponent("pdf").path])
        #expect(fromPDF.status == 0, "\(fromPDF.stderr)")
        // Every table found once (continuations joined, footers left out), no warning, no finding.
        #expect(fromPDF.stdout.contains("hebei_sample_printed_by_calc.pdf: 47 tables, 0 warnings, 0 findings (+1 in 情况说明)"),
                "\(fromPDF.stdout)")
        let fromText = try CLI.run(["convert", SampleExport.url.path, "-o", output.appendingPathComponent("text").path])
        #expect(fromText.status == 0, "\(fromText.stderr)")

        let printed = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("pdf/hebei_sample_printed_by_calc.xlsx"))
        let exported = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("text/000_dcbc594b2af559b5.xlsx"))
        #expect(printed.sheets.map(\.name) == exported.sheets.map(\.name))
        #expect(printed.customProperties["预算单位"] == exported.customProperties["预算单位"])
        #expect(printed.customProperties["金额单位"] == "万元")
        var differences: [String] = []
        for (sheet, expected) in zip(printed.sheets, exported.sheets) {
            if Set(sheet.merges) != Set(expected.merges) { differences.append("\(sheet.name): merges") }
            let addresses = Set(sheet.cells.keys).union(expected.cells.keys)
            for address in addresses.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
                let got = sheet.cells[address], want = expected.cells[address]
                let same = Self.comparable(got?.text ?? "") == Self.comparable(want?.text ?? "")
                    && (got?.kind ?? .string) == (want?.kind ?? .string)
                if !same { differences.append("\(sheet.name) \(address.a1): '\(got?.text ?? "")' ≠ '\(want?.text ?? "")'") }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")

        // A title Calc wrapped over two lines is one title again.
        let goal = try #require(printed.sheets.first { $0.name.hasPrefix("绩效15-") })
        #expect(goal.cells[CellAddress(row: 0, column: 0)]?.text
            == "15、冀财社[2021]153号河北省财政厅河北省人力资源和社会保障厅关于提前下达2022年中央就业补助资金预算的通知（直达）绩效目标表")
        // The items of a list in one cell keep their own lines.
        #expect(goal.cells[CellAddress(row: 1, column: 1)]?.text
            == "1.促进我县经济发展和社会稳定，降低失业率\n2.发放公益性岗位、扶贫专岗、就业见习等补贴\n3.负责劳动力转移培训")
        // The unit name printed bare at the left of the meta line is the meta row's first cell.
        let summary = try #require(printed.sheets.first { $0.name == "收支总表" })
        #expect(summary.cells[CellAddress(row: 1, column: 0)]?.text == "316平乡县人力资源和社会保障局")

        let verify = try CLI.run(["verify", output.appendingPathComponent("pdf/hebei_sample_printed_by_calc.xlsx").path,
                                  "--source", pdf.path])
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}
