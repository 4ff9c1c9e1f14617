import BudgetCore
import Foundation

/// Reads an HTML page or a Word document into a StructuredDocument; hand it to
/// `StructuredAssembler.assemble` for a BudgetDocument:
///
///     let structured = try MarkupReader.read(data: bytes, fileName: "部门预算.html")
///     let document = StructuredAssembler.assemble(structured)
public enum MarkupReader {
    /// The shapes this module reads.
    public enum Shape: String, Sendable, CaseIterable {
        case html = "HTML"
        case docx = "Word (.docx)"
    }

    /// The shape of a file from its bytes, with its name as a hint: a zip whose name ends in
    /// .docx (or any zip holding word/document.xml) is Word; text whose start is markup (an
    /// `.html`, `.htm`, or an `.xls` that is really a web page) is HTML. Nil for anything else.
    public static func shape(of data: Data, fileName: String) -> Shape? {
        let head = [UInt8](data.prefix(1024))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return .docx
        }
        return HTMLSniffer.looksLikeHTML(head) ? .html : nil
    }

    /// Reads `data` as `shape` (detected from the bytes when nil).
    public static func read(data: Data, fileName: String, as shape: Shape? = nil,
                            limits: MarkupLimits = .default) throws(MarkupReadError) -> StructuredDocument {
        guard !data.isEmpty else { throw MarkupReadError(fileName: fileName, "the file is empty") }
        guard let shape = shape ?? self.shape(of: data, fileName: fileName) else {
            throw MarkupReadError(fileName: fileName, "neither an HTML page nor a Word (.docx) document")
        }
        switch shape {
        case .html: return try HTMLReader.read(data, fileName: fileName, limits: limits)
        case .docx: return try DocxReader.read(data, fileName: fileName, limits: limits)
        }
    }
}
