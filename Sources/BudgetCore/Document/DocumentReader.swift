/// Why an export could not be converted at all.
public enum DocumentFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case decoding(DecodingFailure)
    case noTable(lines: Int)
    /// Lines of both TAB shapes (cell per line and row per line): reading either way would
    /// misread the document.
    case unknownShape(LineCensus)
    /// A structured shape (HTML, Word, PDF) whose reader refused it, with the reader's words.
    case unreadableShape(shape: String, message: String)

    public var description: String {
        switch self {
        case .decoding(let failure): return failure.description
        case .unreadableShape(_, let message): return message
        case .noTable(let lines):
            return "no table found in \(lines) lines (a table is a title line followed by TAB-started cell lines)"
        case .unknownShape(let census):
            return "cannot tell how the cells are laid out: \(census.cellLines) lines hold one cell after a TAB (one cell per line) "
                + "and \(census.rowLines) lines hold TAB-separated cells (one row per line); convert it with --format to choose"
        }
    }
}

/// Bytes → BudgetDocument: decode, tokenize, recognise, detect the template family, assemble.
public enum DocumentReader {
    /// Detects the text shape (cell per line, row per line, CSV by its lines) and reads it;
    /// a cell-per-line export is read exactly as `read(text:)` reads it.
    public static func read(_ bytes: [UInt8], lossy: Bool = false,
                            catalog: FamilyCatalog = .builtin) throws(DocumentFailure) -> BudgetDocument {
        try read(bytes, shape: nil, lossy: lossy, catalog: catalog)
    }

    public static func read(text: String, encoding: SourceEncoding = .utf8,
                            catalog: FamilyCatalog = .builtin) -> BudgetDocument {
        read(tokens: Tokenizer(text: text), encoding: encoding, catalog: catalog)
    }

    /// Any text shape's tokens → document. The raw tables are held until the end so that the
    /// family can be told from all the titles before any table is assembled.
    static func read(tokens: some Sequence<Token>, encoding: SourceEncoding, catalog: FamilyCatalog) -> BudgetDocument {
        var iterator = tokens.makeIterator()
        return read(tokens: &iterator, encoding: encoding, catalog: catalog)
    }

    /// The same from an iterator (`TokenDrain` moves tokens out of an array).
    static func read(tokens: inout some IteratorProtocol<Token>, encoding: SourceEncoding,
                     catalog: FamilyCatalog) -> BudgetDocument {
        var recognizer = TableRecognizer()
        var rawTables: [RawTable] = []
        var narrative: [Paragraph] = []
        var lastLine = 0
        let handle: (DocumentElement) -> Void = { element in
            switch element {
            case .table(let raw): rawTables.append(raw)
            case .paragraph(let paragraph): narrative.append(paragraph)
            }
        }
        while let token = tokens.next() {
            lastLine = max(lastLine, token.line)
            recognizer.feed(token, emit: handle)
        }
        recognizer.finish(emit: handle)
        let family = catalog.detect(rawTables)
        let tables = rawTables.map { TableAssembler.assemble($0, family: family) }
        var document = BudgetDocument(tables: tables, narrative: narrative, encoding: encoding, warnings: [], lineCount: lastLine)
        document.family = family?.name
        return document
    }
}
