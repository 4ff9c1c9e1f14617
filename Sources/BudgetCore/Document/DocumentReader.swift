/// Why an export could not be converted at all.
public enum DocumentFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case decoding(DecodingFailure)
    case noTable(lines: Int)

    public var description: String {
        switch self {
        case .decoding(let failure): return failure.description
        case .noTable(let lines):
            return "no table found in \(lines) lines (a table is a title line followed by TAB-started cell lines)"
        }
    }
}

/// Bytes → BudgetDocument: decode, tokenize, recognise, detect the template family, assemble.
public enum DocumentReader {
    public static func read(_ bytes: [UInt8], lossy: Bool = false,
                            catalog: FamilyCatalog = .builtin) throws(DocumentFailure) -> BudgetDocument {
        let decoded: DecodedText
        do {
            decoded = try SourceDecoder.decode(bytes, lossy: lossy)
        } catch {
            throw .decoding(error)
        }
        var document = read(text: decoded.text, encoding: decoded.encoding, catalog: catalog)
        if decoded.replacements > 0 {
            document.warnings.insert(ConversionWarning(line: 0,
                "\(decoded.replacements) invalid byte sequence(s) replaced by U+FFFD (--lossy)"), at: 0)
        }
        guard !document.tables.isEmpty else { throw .noTable(lines: document.lineCount) }
        return document
    }

    /// The raw tables are held until the end so that the family can be told from all the
    /// titles before any table is assembled.
    public static func read(text: String, encoding: SourceEncoding = .utf8,
                            catalog: FamilyCatalog = .builtin) -> BudgetDocument {
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
        for token in Tokenizer(text: text) {
            lastLine = token.line
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
