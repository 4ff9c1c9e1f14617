import BudgetCore
import Foundation
import Testing
import TestSupport

/// The sample's variants give the same workbook, cell for cell, read back from the files.
@Suite struct VariantWorkbookTests {
    let sample: ConvertedWorkbook
    let text: String

    init() throws {
        sample = try ConvertedWorkbook.sample()
        text = try SampleExport.text()
    }

    func expectSameCells(_ variant: ConvertedWorkbook, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(variant.book.sheets.map(\.name) == sample.book.sheets.map(\.name), sourceLocation: sourceLocation)
        let mine = variant.contents, theirs = sample.contents
        for name in theirs.keys.sorted() {
            #expect(mine[name] == theirs[name], "sheet \(name)", sourceLocation: sourceLocation)
        }
        for sheet in sample.book.sheets {
            let merges = variant.book.sheet(named: sheet.name)?.merges.map(\.a1).sorted()
            #expect(merges == sheet.merges.map(\.a1).sorted(), "merges of \(sheet.name)", sourceLocation: sourceLocation)
        }
    }

    @Test func gb18030WithCRLF() throws {
        expectSameCells(try ConvertedWorkbook(bytes: try #require(ExportVariants.gb18030CRLF(text)), name: "gbk.txt"))
    }

    @Test func utf16WithBOM() throws {
        expectSameCells(try ConvertedWorkbook(bytes: ExportVariants.utf16WithBOM(text), name: "utf16.TXT"))
    }

    @Test func trailingSpacesAndSpaceOnlyBlankLines() throws {
        expectSameCells(try ConvertedWorkbook(bytes: Array(ExportVariants.trailingBlanks(text).utf8), name: "spaces.txt"))
    }

    @Test func dataRowsBrokenByBlankLines() throws {
        let broken = ExportVariants.breakDataRows(text, seed: 7, every: 2)
        let variant = try ConvertedWorkbook(bytes: Array(broken.text.utf8), name: "broken.txt")
        expectSameCells(variant)
        #expect(variant.result.warnings.isEmpty)
    }

    @Test func budgetSummaryOf2025() throws {
        let variant = try ConvertedWorkbook(bytes: Array(ExportVariants.with2025BudgetSummary(text).utf8), name: "2025.txt")
        let sheet = try #require(variant.book.sheet(named: "收支总表"))
        #expect(sheet.rowTexts(1) == ["316平乡县人力资源和社会保障局", "", "预算年度:2025", "", "单位:万元"])
        #expect(Set(sheet.merges.map(\.a1)) == ["A1:E1", "A3:A4", "B3:C3", "D3:E3"])
        #expect(sheet.maxRow == 38)  // title, meta, 2 header rows, 栏次, 34 rows
        #expect(sheet["B10"]?.text == "五、单位资金" && sheet["C10"]?.number == 20)
        #expect(sheet["D36"]?.text == "三十一、人行科目")
        #expect(sheet["B39"]?.text == "收入总计" && sheet["B39"]?.style.bold == true)
        #expect(variant.book.customProperties["预算年度"] == "2025")
    }
}
