import BudgetCore
import Foundation
import PDFExtraction

/// Published PDFs, read through mutool. The tool reads files, so the bytes (which may come
/// from a zip member) are written to a temporary file that is removed at once.
struct PDFShapeReader: StructuredShapeReader {
    var options = PDFReadOptions()

    func shape(of bytes: [UInt8], fileName: String) -> String? {
        bytes.starts(with: Array("%PDF-".utf8)) ? "pdf" : nil
    }

    func read(_ bytes: [UInt8], fileName: String) throws -> StructuredRead {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("budget2xlsx-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input.pdf")
        try Data(bytes).write(to: file)
        do {
            let result = try PDFTableReader.read(url: file, options: options)
            return StructuredRead(document: result.document, warnings: result.warnings.map { ConversionWarning(line: 0, $0) },
                                  tool: result.toolVersion)
        } catch var error as PDFReadError {
            error.file = fileName  // the clerk's file, not the temporary copy
            throw error
        }
    }
}
