import BudgetCore
import PDFExtraction

/// Every structured shape the converter reads, for the commands and the server to hand the
/// pipeline: Word documents and HTML pages, then PDFs.
public enum StructuredReaders {
    public static let all: [any StructuredShapeReader] = [PDFShapeReader(), MarkupShapeReader()]

    /// The same readers, with mutool given `pdfTimeout` seconds a run instead of the default
    /// (a slow machine, a very long PDF; tests stop a hanging tool in a second).
    public static func all(pdfTimeout: Double?) -> [any StructuredShapeReader] {
        guard let pdfTimeout else { return all }
        var pdf = PDFShapeReader()
        pdf.options.timeout = pdfTimeout
        return [pdf, MarkupShapeReader()]
    }
}
