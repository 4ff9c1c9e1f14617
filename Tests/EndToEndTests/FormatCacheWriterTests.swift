import Foundation
import SpreadsheetModel
import Testing
import TestSupport
import XlsxReaderKit
import XlsxWriterKit

/// The writer keeps the formats it made in a small cache of recent styles: with far more
/// styles than its slots, asked in turns, every cell still reads back in its own style.
@Suite struct FormatCacheWriterTests {
    @Test func manyStylesInTurnsEachKeepTheirOwn() throws {
        var styles: [CellStyle] = []
        for size in [9.0, 10, 11, 12, 14, 18] {
            for bold in [false, true] {
                for format in ["0", "#,##0.00", "0.000"] {
                    var style = CellStyle.number(NumberStyle(rawValue: format), bold: bold)
                    style.fontSize = size
                    styles.append(style)
                }
            }
        }
        #expect(styles.count == 36)
        var cells: [LayoutCell] = []
        // 36 styles over 30 rows of 12 columns, each row starting one style further on.
        for row in 0..<30 {
            for column in 0..<12 {
                let style = styles[(row + column * 5) % styles.count]
                cells.append(LayoutCell(row: row, column: column, value: .number(Double(row * 12 + column), source: "", format: .integer),
                                        style: style))
            }
        }
        let properties = DocumentProperties(title: "t", subject: "", company: "", keywords: "", comments: "", unit: "", year: "2024",
                                            created: 0)
        let url = try TemporaryFolder.make().appendingPathComponent("styles.xlsx")
        try WorkbookWriter.write(WorkbookLayout(sheets: [SheetLayout(name: "表", cells: cells)], properties: properties), to: url)
        let sheet = try #require(try ReadWorkbook.read(contentsOf: url).sheets.first)
        for cell in cells {
            let read = try #require(sheet.cell(row: cell.row, column: cell.column))
            #expect(read.style.fontSize == cell.style.fontSize, "\(cell.row),\(cell.column)")
            #expect(read.style.bold == cell.style.bold, "\(cell.row),\(cell.column)")
            #expect(read.style.numberFormat == cell.style.numberFormat?.rawValue, "\(cell.row),\(cell.column)")
        }
    }
}
