import Foundation
import SpreadsheetModel
import Testing
import TestSupport
import XlsxReaderKit
import XlsxWriterKit

/// The writer leaves out the cells a merge covers and writes a merge's corner in the merge's
/// style, whether the merges lie close together (a table) or at opposite ends of the sheet.
@Suite struct MergedCellsWriterTests {
    static func workbook(merges: [GridRange]) throws -> ReadSheet {
        var bold = CellStyle.body()
        bold.bold = true
        var cells: [LayoutCell] = []
        for range in merges {
            // The corner in the plain style (the merge's bold one must win), and a covered
            // cell that must not be written over the merge.
            cells.append(LayoutCell(row: range.firstRow, column: range.firstColumn, value: .text("角\(range.firstRow)"), style: .body()))
            cells.append(LayoutCell(row: range.lastRow, column: range.lastColumn, value: .text("盖住"), style: .body()))
        }
        cells.append(LayoutCell(row: 3, column: 5, value: .number(7, source: "7.00", format: .amount), style: .number(.amount)))
        let sheet = SheetLayout(name: "表", cells: cells, merges: merges.map { LayoutMerge(range: $0, style: bold) })
        let properties = DocumentProperties(title: "t", subject: "", company: "", keywords: "", comments: "", unit: "", year: "2024",
                                            created: 0)
        let url = try TemporaryFolder.make().appendingPathComponent("merges.xlsx")
        try WorkbookWriter.write(WorkbookLayout(sheets: [sheet], properties: properties), to: url)
        return try #require(try ReadWorkbook.read(contentsOf: url).sheets.first)
    }

    static func expectWritten(_ sheet: ReadSheet, merges: [GridRange]) {
        #expect(Set(sheet.merges) == Set(merges))
        for range in merges {
            let corner = sheet.cell(row: range.firstRow, column: range.firstColumn)
            #expect(corner?.text == "角\(range.firstRow)")
            #expect(corner?.style.bold == true)
            #expect(sheet.cell(row: range.lastRow, column: range.lastColumn)?.text ?? "" == "")
        }
        #expect(sheet.cell(row: 3, column: 5)?.number == 7)
    }

    @Test func mergesOfATable() throws {
        let merges = [GridRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 5),
                      GridRange(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0),
                      GridRange(firstRow: 8, firstColumn: 0, lastRow: 8, lastColumn: 5)]
        Self.expectWritten(try Self.workbook(merges: merges), merges: merges)
    }

    /// Their bounding box is the whole sheet (17 billion cells): the writer must not make a
    /// grid of it.
    @Test func mergesAtOppositeEndsOfTheSheet() throws {
        let merges = [GridRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1),
                      GridRange(firstRow: 1_048_574, firstColumn: 16_382, lastRow: 1_048_575, lastColumn: 16_383)]
        Self.expectWritten(try Self.workbook(merges: merges), merges: merges)
    }
}
