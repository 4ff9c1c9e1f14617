
import CXlsxWriter
import Foundation
import SpreadsheetModel

/// WorkbookLayout → .xlsx file. The workbook is written to a temporary file beside the
/// target and renamed into place, so a failure or a kill never leaves a half-written
/// workbook under the real name.
public enum WorkbookWriter {
    public static func write(_ layout: WorkbookLayout, to destination: URL) throws(XlsxWriteError) {
        try LayoutChecker.check(layout)
        try writeAtomically(to: destination) { (path: String) throws(XlsxWriteError) in try writeWorkbook(layout, path: path) }
    }

    /// One sheet whose rows are produced as they are written, in libxlsxwriter's constant
    /// memory mode: memory does not grow with the number of rows. `head` holds the rows above
    /// the body (title, header), the column widths and the page setup; `body` receives a
    /// `RowSink` and must emit rows in increasing order, with merges inside one row only.
    public static func writeStreamed(head: SheetLayout, properties: DocumentProperties, to destination: URL,
                                     body: (inout RowSink) throws(XlsxWriteError) -> Void) throws(XlsxWriteError) {
        try LayoutChecker.check(WorkbookLayout(sheets: [head], properties: properties))
        try writeAtomically(to: destination) { (path: String) throws(XlsxWriteError) in
            var options = lxw_workbook_options()
            options.constant_memory = 1
            guard let workbook = workbook_new_opt(path, &options) else {
                throw XlsxWriteError(.file("cannot create a workbook at \(path)"))
            }
            var closed = false
            defer { if !closed { workbook_close(workbook) } }
            try DocumentPropertiesWriter.apply(properties, to: workbook)
            guard let worksheet = workbook_add_worksheet(workbook, head.name) else {
                throw XlsxWriteError(.library(call: "workbook_add_worksheet", code: -1, message: "sheet name '\(head.name)' refused"))
            }
            var sink = RowSink(writer: SheetWriter(sheet: head, worksheet: worksheet), formats: FormatCache(workbook: workbook),
                               nextRow: head.rowCount)
            // Constant memory writes row by row: each row's height, merges and cells in turn.
            try sink.writer.writeColumns()
            for row in 0..<head.rowCount {
                try sink.writer.writeHeight(of: row)
                try sink.writer.writeCells(head.cells.filter { $0.row == row },
                                           merges: head.merges.filter { $0.range.firstRow == row }, formats: &sink.formats)
            }
            try body(&sink)
            try sink.writer.writePageSetup()
            closed = true
            try closeChecked(workbook)
        }
    }

    /// Writes to a temporary file beside the target and renames it into place.
    private static func writeAtomically(to destination: URL, _ write: (String) throws(XlsxWriteError) -> Void) throws(XlsxWriteError) {
        let temporary = TemporaryFileName.beside(destination)
        do {
            try write(temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw XlsxWriteError(.file("cannot move the workbook into place at \(destination.path): \(reason)"))
        }
    }

    private static func writeWorkbook(_ layout: WorkbookLayout, path: String) throws(XlsxWriteError) {
        // Not constant_memory: it silently drops text in merges across rows.
        var options = lxw_workbook_options()
        options.constant_memory = 0
        // The parts are assembled in RAM when the machine has a RAM-backed folder: the same
        // bytes, less file system work (see ScratchFolder).
        options.tmpdir = ScratchFolder.ramBacked
        guard let workbook = workbook_new_opt(path, &options) else {
            throw XlsxWriteError(.file("cannot create a workbook at \(path)"))
        }
        var closed = false
        defer { if !closed { workbook_close(workbook) } }

        try DocumentPropertiesWriter.apply(layout.properties, to: workbook)
        var formats = FormatCache(workbook: workbook)
        for sheet in layout.sheets {
            guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                throw XlsxWriteError(.library(call: "workbook_add_worksheet", code: -1,
                                              message: "sheet name '\(sheet.name)' refused"))
            }
            try SheetWriter(sheet: sheet, worksheet: worksheet).write(formats: &formats)
        }
        closed = true
        try closeChecked(workbook)
    }

    private static func closeChecked(_ workbook: UnsafeMutablePointer<lxw_workbook>) throws(XlsxWriteError) {
        let error = workbook_close(workbook)
        guard error == LXW_NO_ERROR else {
            let message = LibraryMessage.text(for: error)
            throw XlsxWriteError(.library(call: "workbook_close", code: Int(error.rawValue),
                                          message: message + " (is the output folder writable, is the disk full?)"))
        }
    }
}
