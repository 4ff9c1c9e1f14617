import BudgetCore
import TestSupport
import Foundation
@testable import MarkupReaders
import Testing

/// The two transcribed budgets (江苏 2019, 上海普陀 2024) written as Word documents: the same
/// titles, meta, data rows, notes and narrative as from their cell-per-line exports. One known
/// difference: where a header has three rows, the text shape keeps only the last two as header
/// (the first goes above as a plain row, with a warning), while the Word table's spans make
/// all three the header. So the rows above the data are compared as one sequence.
@Suite struct OtherBudgetsTests {
    @Test(arguments: ["jiangsu_zhengxie_2019.txt", "shanghai_putuo_wanli_2024.txt"])
    func sameTablesAsTheTextExport(name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/" + name)
        let expected = try DocumentReader.read([UInt8](try Data(contentsOf: url)))
        let xml = MarkupWriters.documentXML(SampleModel.blocks(of: expected, layout: .disclosurePage))
        let actual = StructuredAssembler.assemble(try MarkupReader.read(data: try MarkupWriters.docx(documentXML: xml), fileName: "b.docx"))
        #expect(actual.tables.count == expected.tables.count)
        #expect(actual.narrative.map(\.text) == expected.narrative.map(\.text))
        for (a, b) in zip(expected.tables, actual.tables) {
            #expect(b.title == a.title)
            #expect(b.meta?.texts == a.meta?.texts)
            #expect(b.notes.map(\.text) == a.notes.map(\.text))
            #expect(b.indexRow?.texts == a.indexRow?.texts)
            #expect(TableDigest(b).dataRows == TableDigest(a).dataRows, "\(a.title)")
            #expect((b.preambleRows + b.headerRows).map(\.texts) == (a.preambleRows + a.headerRows).map(\.texts), "\(a.title)")
            // Three-row headers (江苏 收支预算总表, 财政拨款收支预算总表, 三公; all 9 of 上海) are
            // rebuilt from the flat rows exactly as the Word table's spans give them.
            #expect(b.header.rowCount == a.header.rowCount, "\(a.title)")
            #expect(b.header.merges == a.header.merges, "\(a.title)")
        }
    }
}
