import BudgetCore
import Foundation
import MarkupReaders

/// HTML pages (also `.xls` files that are web pages) and Word documents, for the pipeline.
struct MarkupShapeReader: StructuredShapeReader {
    /// A zip is a Word document only under a .docx name (a zip signature alone is as likely a
    /// binary file sent by mistake, which must fail as binary); markup text is HTML by its bytes.
    func shape(of bytes: [UInt8], fileName: String) -> String? {
        switch MarkupReader.shape(of: Data(bytes.prefix(1024)), fileName: fileName) {
        case .html?: return "html"
        case .docx?: return FileNames.pathExtension(of: fileName) == "docx" ? "docx" : nil
        case nil: return nil
        }
    }

    func read(_ bytes: [UInt8], fileName: String) throws -> StructuredRead {
        StructuredRead(document: try MarkupReader.read(data: Data(bytes), fileName: fileName))
    }
}
