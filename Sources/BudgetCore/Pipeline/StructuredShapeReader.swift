/// A reader of a structured shape (HTML page, Word document, PDF) that lives outside the
/// core, because it needs a C library or a tool. The pipeline asks each reader it is given
/// whether the bytes are its shape, and hands the StructuredDocument it reads to the one
/// assembler every structured shape shares.
public protocol StructuredShapeReader: Sendable {
    /// The shape's name (as the manifest records it) when these bytes are this shape; else nil.
    func shape(of bytes: [UInt8], fileName: String) -> String?
    /// The document, or an error whose description names the file and where it went wrong.
    func read(_ bytes: [UInt8], fileName: String) throws -> StructuredRead
}

/// What a structured reader gives: the document, its warnings, and the tool that read it.
public struct StructuredRead: Sendable {
    public var document: StructuredDocument
    public var warnings: [ConversionWarning]
    /// The external tool and its version (`mutool version 1.21.1`), when one was run.
    public var tool: String?

    public init(document: StructuredDocument, warnings: [ConversionWarning] = [], tool: String? = nil) {
        self.document = document
        self.warnings = warnings
        self.tool = tool
    }
}
