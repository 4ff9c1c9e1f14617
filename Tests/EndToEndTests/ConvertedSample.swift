import BudgetBatch
import Foundation
import TestSupport
import XlsxReaderKit

/// Converts an export once into a fresh temporary folder and reads the workbook back.
struct ConvertedWorkbook {
    let output: URL
    let result: SingleDocument.Converted
    let book: ReadWorkbook

    init(bytes: [UInt8], name: String = "export.txt") throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent(name)
        try Data(bytes).write(to: input)
        output = folder.appendingPathComponent("out").appendingPathComponent((name as NSString).deletingPathExtension + ".xlsx")
        result = try SingleDocument.convert(input, to: output).get()
        book = try ReadWorkbook.read(contentsOf: output)
    }

    static func sample() throws -> ConvertedWorkbook {
        try ConvertedWorkbook(bytes: SampleExport.bytes(), name: SampleExport.fileName)
    }

    /// All cells of every sheet: name → "A1" → (kind, text, format), for cell-for-cell comparison.
    var contents: [String: [String: String]] {
        var all: [String: [String: String]] = [:]
        for sheet in book.sheets {
            var cells: [String: String] = [:]
            for (address, cell) in sheet.cells { cells[address.a1] = "\(cell.kind)|\(cell.text)|\(cell.style.numberFormat)" }
            all[sheet.name] = cells
        }
        return all
    }
}

enum TemporaryFolder {
    static func make() throws -> URL { try ScratchFolder.make("end-to-end") }
}
