import Testing
import TestSupport
@testable import BudgetCore

/// Real exports come in other encodings, line ends and breaks: the tables must come out the
/// same, cell for cell.
@Suite struct VariantTests {
    let sampleText: String
    let sample: BudgetDocument

    init() throws {
        sampleText = try SampleExport.text()
        sample = DocumentReader.read(text: sampleText)
    }

    /// Everything that is written to a sheet, without line numbers (breaks shift them).
    static func cells(_ document: BudgetDocument) -> [[[String]]] {
        document.tables.map { table in
            [[table.title]] + table.allRows.map(\.texts) + [table.notes.map(\.text)]
                + [table.header.merges.map(\.description)]
        }
    }

    @Test func gb18030WithCRLF() throws {
        let bytes = try #require(ExportVariants.gb18030CRLF(sampleText))
        let variant = try DocumentReader.read(bytes)
        #expect(variant.encoding == .gb18030)
        #expect(Self.cells(variant) == Self.cells(sample))
        #expect(variant.narrative == sample.narrative)
    }

    @Test(arguments: [true, false])
    func utf16WithBOM(littleEndian: Bool) throws {
        let variant = try DocumentReader.read(ExportVariants.utf16WithBOM(sampleText, littleEndian: littleEndian))
        #expect(variant.encoding == (littleEndian ? .utf16LE : .utf16BE))
        #expect(Self.cells(variant) == Self.cells(sample))
    }

    @Test func utf8BOMWithCROnly() throws {
        let variant = try DocumentReader.read(ExportVariants.utf8BOMWithCR(sampleText))
        #expect(Self.cells(variant) == Self.cells(sample))
        #expect(variant.narrative == sample.narrative)
    }

    @Test func trailingBlanksAndSpaceOnlyBlankLines() {
        let variant = DocumentReader.read(text: ExportVariants.trailingBlanks(sampleText))
        #expect(Self.cells(variant) == Self.cells(sample))
        #expect(variant.narrative.map(\.text) == sample.narrative.map(\.text))
        #expect(variant.allWarnings.isEmpty)
    }

    @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
    func dataRowsBrokenAtOtherPlaces(seed: UInt64) {
        let (text, breaks) = ExportVariants.breakDataRows(sampleText, seed: seed, every: 2)
        #expect(breaks > 200)
        let variant = DocumentReader.read(text: text)
        #expect(Self.cells(variant) == Self.cells(sample))
        #expect(variant.allWarnings.isEmpty)
    }

    @Test func budgetSummaryOf2025() throws {
        let variant = DocumentReader.read(text: ExportVariants.with2025BudgetSummary(sampleText))
        let summary = try #require(variant.tables.first)
        #expect(summary.kind == .budgetSummary)
        #expect(summary.meta?.texts == ["316平乡县人力资源和社会保障局", "预算年度:2025", "单位:万元"])
        #expect(summary.header.merges.map(\.description) == ["A1:A2", "B1:C1", "D1:E1"])
        #expect(summary.dataRows.count == 34)
        #expect(summary.dataRows[4].texts == ["5", "五、单位资金", "20.00", "五、教育支出", ""])
        #expect(summary.dataRows[30].texts[3] == "三十一、人行科目")
        #expect(variant.year == "2025")
        #expect(Self.cells(variant).dropFirst() == Self.cells(sample).dropFirst())
    }
}
