
import CXlsxWriter
import SpreadsheetModel

/// Where a streamed sheet's body rows go, one row at a time, in increasing order.
public struct RowSink {
    let writer: SheetWriter
    var formats: FormatCache
    /// The row the next call must start at or after.
    public private(set) var nextRow: Int

    /// Writes one row's cells (all on `row`) and merges (within that row).
    public mutating func write(row: Int, cells: [LayoutCell], merges: [LayoutMerge] = []) throws(XlsxWriteError) {
        guard row >= nextRow, row < LayoutChecker.maxRows,
              cells.allSatisfy({ $0.row == row && $0.column >= 0 && $0.column < LayoutChecker.maxColumns }),
              merges.allSatisfy({ $0.range.firstRow == row && $0.range.lastRow == row && $0.range.isWellFormed }) else {
            throw XlsxWriteError(.invalidLayout("streamed row \(row + 1) is out of order or spans rows"))
        }
        do {
            try MergeValidator.check(merges.map(\.range))
        } catch {
            throw XlsxWriteError(.invalidLayout(error.description))
        }
        for cell in cells {
            if case .text(let text) = cell.value, text.utf16.count > LayoutChecker.maxStringLength {
                throw XlsxWriteError(.invalidLayout("cell text longer than Excel's \(LayoutChecker.maxStringLength) characters; not truncated"))
            }
        }
        try writer.writeHeight(of: row)
        try writer.writeCells(cells, merges: merges, formats: &formats)
        nextRow = row + 1
    }
}
