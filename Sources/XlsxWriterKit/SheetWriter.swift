
import CXlsxWriter
import SpreadsheetModel

/// Writes one SheetLayout into a libxlsxwriter worksheet.
struct SheetWriter {
    let sheet: SheetLayout
    let worksheet: UnsafeMutablePointer<lxw_worksheet>

    func write(formats: inout FormatCache) throws(XlsxWriteError) {
        try writeColumnsAndHeights()
        try writeCells(sheet.cells, merges: sheet.merges, formats: &formats)
        try writePageSetup()
    }

    func writeColumnsAndHeights() throws(XlsxWriteError) {
        try writeColumns()
        for row in sheet.rowHeights.keys.sorted() { try writeHeight(of: row) }
    }

    func writeColumns() throws(XlsxWriteError) {
        for (column, width) in sheet.columnWidths.enumerated() {
            try check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil),
                      "worksheet_set_column")
        }
    }

    func writeHeight(of row: Int) throws(XlsxWriteError) {
        guard let height = sheet.rowHeights[row] else { return }
        try check(worksheet_set_row(worksheet, lxw_row_t(row), height, nil), "worksheet_set_row")
    }

    /// Merges first (they write styled blanks over the whole range), then the values.
    func writeCells(_ cells: [LayoutCell], merges: [LayoutMerge], formats: inout FormatCache) throws(XlsxWriteError) {
        for merge in merges {
            let r = merge.range
            let format = try formats.format(for: merge.style)
            try check(worksheet_merge_range(worksheet, lxw_row_t(r.firstRow), lxw_col_t(r.firstColumn),
                                            lxw_row_t(r.lastRow), lxw_col_t(r.lastColumn), "", format),
                      "worksheet_merge_range", at: r.description)
        }
        let cover = MergeCover(merges)
        // Cells read in place through the buffer: iterating the array copied each cell out,
        // a retain and a release of its strings, and handing it on copied it again.
        // Each field through the cell's pointer: read off a buffer element, the whole cell was
        // copied (its value retained and released) for every cell.
        try cells.withUnsafeBufferPointer { (cells) throws(XlsxWriteError) in
            guard var cell = cells.baseAddress else { return }
            for _ in 0..<cells.count {
                defer { cell += 1 }
                let row = cell.pointee.row, column = cell.pointee.column
                guard !cover.isCovered(row, column) else { continue }
                let format: UnsafeMutablePointer<lxw_format>
                if let merge = cover.merge(startingAt: row, column) {
                    format = try formats.format(for: merges[merge].style)
                } else {
                    format = try formats.format(for: cell.pointee.style)
                }
                try write(valueOf: cell, at: row, column, format: format)
            }
        }
    }

    func writePageSetup() throws(XlsxWriteError) {
        if let filter = sheet.autoFilter {
            try check(worksheet_autofilter(worksheet, lxw_row_t(filter.firstRow), lxw_col_t(filter.firstColumn),
                                           lxw_row_t(filter.lastRow), lxw_col_t(filter.lastColumn)), "worksheet_autofilter")
        }
        if sheet.frozenRows > 0 { worksheet_freeze_panes(worksheet, lxw_row_t(sheet.frozenRows), 0) }
        worksheet_set_paper(worksheet, 9)  // A4
        if sheet.landscape { worksheet_set_landscape(worksheet) }
        worksheet_fit_to_pages(worksheet, 1, 0)
        worksheet_center_horizontally(worksheet)
        worksheet_set_margins(worksheet, 0.4, 0.4, 0.6, 0.7)
        try check(worksheet_set_footer(worksheet, sheet.footer), "worksheet_set_footer")
        if let rows = sheet.repeatRows {
            try check(worksheet_repeat_rows(worksheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)),
                      "worksheet_repeat_rows")
        }
    }

    /// One cell's value, read through the cell's pointer: handed over as a value, it was
    /// copied out of the cell, its text retained and released for every text cell.
    private func write(valueOf cell: UnsafePointer<LayoutCell>, at cellRow: Int, _ cellColumn: Int,
                       format: UnsafeMutablePointer<lxw_format>) throws(XlsxWriteError) {
        let row = lxw_row_t(cellRow), column = lxw_col_t(cellColumn)
        // The cell's name is made only when a call fails (an autoclosure), not for every cell.
        let place = { Self.place(of: cellRow, cellColumn) }
        switch cell.pointee.value {
        case .empty:
            try check(worksheet_write_blank(worksheet, row, column, format), "worksheet_write_blank", at: place())
        case .text(let text):
            // write_string never makes a formula, whatever the text starts with. Through
            // withCString: a String handed to a C parameter as such is copied to a new array
            // when it is short (stored inline), an allocation for most cells.
            let error = text.withCString { worksheet_write_string(worksheet, row, column, $0, format) }
            try check(error, "worksheet_write_string", at: place())
        case .number(let number, _, _):
            try check(worksheet_write_number(worksheet, row, column, number, format), "worksheet_write_number", at: place())
        }
    }

    private static func place(of row: Int, _ column: Int) -> String {
        GridRange(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column).description
    }

    private func check(_ error: lxw_error, _ call: String, at place: @autoclosure () -> String? = nil) throws(XlsxWriteError) {
        guard error != LXW_NO_ERROR else { return }
        let location = "sheet '\(sheet.name)'" + (place().map { " cell \($0)" } ?? "")
        throw XlsxWriteError(.library(call: call, code: Int(error.rawValue), message: LibraryMessage.text(for: error)),
                             location: location)
    }
}

enum LibraryMessage {
    static func text(for error: lxw_error) -> String {
        guard let message = lxw_strerror(error) else { return "unknown error" }
        return String(cString: message)
    }
}
