import BudgetCore

/// Every structured shape the converter reads, for the commands and the server to hand the
/// pipeline: Word documents and HTML pages, then PDFs.
public enum StructuredReaders {
    public static let all: [any StructuredShapeReader] = [PDFShapeReader(), MarkupShapeReader()]
}
