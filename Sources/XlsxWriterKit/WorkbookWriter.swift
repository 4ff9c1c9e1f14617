import BudgetCore
import CXlsxWriter
import Foundation

/// WorkbookLayout → .xlsx file. The workbook is written to a temporary file beside the
/// target and renamed into place, so a failure or a kill never leaves a half-written
/// workbook under the real name.
public enum WorkbookWriter {
    public static func write(_ layout: WorkbookLayout, to destination: URL) throws(XlsxWriteError) {
        try LayoutChecker.check(layout)
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try writeWorkbook(layout, path: temporary.path)
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
        let error = workbook_close(workbook)
        guard error == LXW_NO_ERROR else {
            let message = LibraryMessage.text(for: error)
            throw XlsxWriteError(.library(call: "workbook_close", code: Int(error.rawValue),
                                          message: message + " (is the output folder writable, is the disk full?)"))
        }
    }
}
