import BudgetCore
import Foundation
import XlsxReaderKit
import SpreadsheetModel

/// Reads a workbook with XlsxReaderKit into the core's WorkbookSnapshot.
public enum SnapshotReader {
    public static func snapshot(of workbook: ReadWorkbook) -> WorkbookSnapshot {
        WorkbookSnapshot(sheets: workbook.sheets.map { sheet in
            WorkbookSnapshot.Sheet(
                name: sheet.name,
                cells: sheet.cells.values.map { cell in
                    let kind: WorkbookSnapshot.Cell.Kind
                    switch cell.kind {
                    case .string: kind = cell.text.isEmpty ? .blank : .text
                    case .number: kind = .number
                    case .boolean, .formula, .error: kind = .other
                    }
                    return WorkbookSnapshot.Cell(row: cell.address.row, column: cell.address.column, kind: kind,
                                                 text: cell.text, numberFormat: cell.style.numberFormat)
                },
                merges: sheet.merges.map {
                    GridRange(firstRow: $0.first.row, firstColumn: $0.first.column, lastRow: $0.last.row, lastColumn: $0.last.column)
                })
        })
    }
}
