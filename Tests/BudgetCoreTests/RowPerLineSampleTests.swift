import Foundation
import Testing
import TestSupport
@testable import BudgetCore

/// The sample and the two real budgets, saved one row per line and as CSV by the test itself,
/// read back to the same tables as their cell-per-line exports.
@Suite struct RowPerLineSampleTests {
    static func samplesFolder() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples")
    }

    static func cellPerLine(_ name: String) throws -> BudgetDocument {
        let bytes = [UInt8](try Data(contentsOf: samplesFolder().appendingPathComponent(name)))
        return try DocumentReader.read(bytes, shape: .cellPerLine)
    }

    /// Everything the workbook is made of, without line numbers (a quoted cell spans lines).
    static func tables(_ document: BudgetDocument) -> [[[String]]] {
        document.tables.map { table in
            [[table.title, "\(table.kind)", "\(table.width)"], table.meta?.texts ?? ["(no meta)"]]
                + table.preambleRows.map(\.texts) + [["(header)"]] + table.headerRows.map(\.texts)
                + [table.indexRow?.texts ?? ["(no index)"]] + table.dataRows.map(\.texts)
                + [table.notes.map(\.text), table.header.merges.map(\.description), table.warnings.map(\.message)]
        }
    }

    static let names = ["000_dcbc594b2af559b5.txt", "jiangsu_zhengxie_2019.txt", "shanghai_putuo_wanli_2024.txt"]

    @Test(arguments: names) func tabRowsReadAsTheCellPerLineExport(name: String) throws {
        let expected = try Self.cellPerLine(name)
        let text = RowPerLineExport.text(of: expected, delimiter: "\t", lineEnd: "\r\n")
        #expect(TextShape.detect(text) == .tabRows)
        let document = try DocumentReader.read(Array(text.utf8))
        #expect(document.tables.count == expected.tables.count)
        #expect(Self.tables(document) == Self.tables(expected))
        #expect(document.narrative.map(\.text) == expected.narrative.map(\.text))
        #expect(document.warnings.isEmpty)
    }

    @Test func theSampleHasQuotedMultiLineCells() throws {
        let expected = try Self.cellPerLine(Self.names[0])
        let text = RowPerLineExport.text(of: expected, delimiter: "\t")
        // Continuation lines (a cell holding a line break) come back as one quoted cell.
        let quotedBreaks = text.split(separator: "\t").filter { $0.hasPrefix("\"") && $0.contains("\n") }
        #expect(quotedBreaks.count >= 3)
        #expect(expected.tables.flatMap(\.allRows).flatMap(\.cells).contains { $0.text.contains("\n") })
    }

    @Test(arguments: names) func gb18030CSVReadsAsTheCellPerLineExport(name: String) throws {
        let expected = try Self.cellPerLine(name)
        let text = RowPerLineExport.text(of: expected, delimiter: ",", lineEnd: "\r\n")
        let bytes = try #require(RowPerLineExport.gb18030(text))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let document = try DocumentReader.read(bytes, shape: nil, fileExtension: "csv")
        #expect(document.encoding == .gb18030)
        #expect(Self.tables(document) == Self.tables(expected))
        #expect(document.narrative.map(\.text) == expected.narrative.map(\.text))
        // Without the name, the lines alone say CSV.
        #expect(TextShape.detect(text) == .csv)
    }

    @Test func theCellPerLineSampleIsDetectedAsCellPerLine() throws {
        for name in Self.names {
            let text = String(decoding: try Data(contentsOf: Self.samplesFolder().appendingPathComponent(name)), as: UTF8.self)
            #expect(TextShape.detect(text) == .cellPerLine, "\(name)")
            #expect(TextShape.detect(text, fileExtension: "csv") == .cellPerLine, "\(name)")
        }
    }

    /// The misreading of issue 10: the sample saved row per line gave 60 sheets named after
    /// whole rows. Now the shape is detected and, forced to cell per line, nothing has a TAB.
    @Test func rowPerLineSampleIsNeverReadAsSixtyTables() throws {
        let expected = try Self.cellPerLine(Self.names[0])
        let text = RowPerLineExport.text(of: expected, delimiter: "\t")
        let document = try DocumentReader.read(Array(text.utf8))
        #expect(document.tables.count == 47)
        #expect(!document.tables.contains { $0.title.contains("\t") })
        #expect(!document.tables.flatMap(\.allRows).flatMap(\.cells).contains { $0.text.contains("\t") })
        let forced = try DocumentReader.read(Array(text.utf8), shape: .cellPerLine)
        #expect(forced.tables.count != 47)
    }
}
