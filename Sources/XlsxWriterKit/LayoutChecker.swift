
import SpreadsheetModel

/// Checks a layout against Excel's limits before any C call: libxlsxwriter writes a corrupt
/// file for an empty sheet name or overlapping merges, and truncation is never silent.
enum LayoutChecker {
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    static let maxStringLength = 32_767

    static func check(_ layout: WorkbookLayout) throws(XlsxWriteError) {
        guard !layout.sheets.isEmpty else { throw XlsxWriteError(.invalidLayout("the workbook has no sheet")) }
        var names = SheetNameSet()
        // By index, reading fields in place: a copy of each sheet or cell would retain and
        // release its arrays and strings.
        for sheetIndex in layout.sheets.indices {
            let name = layout.sheets[sheetIndex].name
            try checkName(name)
            guard names.insert(SheetNameText.folded(name)) else {
                throw XlsxWriteError(.invalidLayout("duplicate sheet name '\(name)'"))
            }
            do {
                try MergeValidator.check(layout.sheets[sheetIndex].merges.map(\.range))
            } catch {
                throw XlsxWriteError(.invalidLayout(error.description), location: "sheet '\(name)'")
            }
            for merge in layout.sheets[sheetIndex].merges {
                try checkPosition(row: merge.range.lastRow, column: merge.range.lastColumn, sheet: name, line: 0)
            }
            try layout.sheets[sheetIndex].cells.withUnsafeBufferPointer { cells throws(XlsxWriteError) in
                for index in cells.indices {
                    let row = cells[index].row, column = cells[index].column
                    if row < 0 || column < 0 || row >= maxRows || column >= maxColumns {
                        try checkPosition(row: row, column: column, sheet: name, line: cells[index].sourceLine)
                    }
                    // A text has no more UTF-16 units than UTF-8 bytes; only a long one is counted.
                    if cells[index].value.textByteCount > maxStringLength, case .text(let text) = cells[index].value,
                       text.utf16.count > maxStringLength {
                        let cell = cells[index]
                        throw XlsxWriteError(.invalidLayout(
                            "cell text of \(text.utf16.count) characters (source line \(cell.sourceLine)) is longer than Excel's \(maxStringLength); not truncated"),
                            location: "sheet '\(name)' cell \(GridRange(firstRow: cell.row, firstColumn: cell.column, lastRow: cell.row, lastColumn: cell.column))")
                    }
                }
            }
        }
    }

    private static func checkName(_ name: String) throws(XlsxWriteError) {
        if name.isEmpty { throw XlsxWriteError(.invalidLayout("empty sheet name")) }
        if SheetNameText.utf16Length(name) > 31 || SheetNameText.scalarCount(name) > 31 {
            throw XlsxWriteError(.invalidLayout("sheet name '\(name)' is longer than 31 characters"))
        }
        // The forbidden characters and the quote are ASCII, so their bytes find them (also where
        // a combining mark follows one, which Excel refuses as well).
        let forbidden = name.withBorrowedUTF8 { bytes in
            bytes.contains(where: SheetNameText.isForbidden) || bytes.first == 0x27 || bytes.last == 0x27
        }
        if forbidden { throw XlsxWriteError(.invalidLayout("sheet name '\(name)' has a character Excel forbids")) }
    }

    private static func checkPosition(row: Int, column: Int, sheet: String, line: Int) throws(XlsxWriteError) {
        guard row >= 0, column >= 0 else { throw XlsxWriteError(.invalidLayout("negative cell position"), location: "sheet '\(sheet)'") }
        if row >= maxRows {
            throw XlsxWriteError(.invalidLayout("table needs \(row + 1) rows; a sheet holds \(maxRows) (source line \(line))"),
                                 location: "sheet '\(sheet)'")
        }
        if column >= maxColumns {
            throw XlsxWriteError(.invalidLayout("table needs \(column + 1) columns; a sheet holds \(maxColumns) (source line \(line))"),
                                 location: "sheet '\(sheet)'")
        }
    }
}
