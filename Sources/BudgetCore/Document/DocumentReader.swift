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

/// Bytes → BudgetDocument: decode, tokenize, recognise, assemble. Tables are assembled as
/// soon as the recognizer closes them, so only one raw table is held at a time.
public enum DocumentReader {
    public static func read(_ bytes: [UInt8], lossy: Bool = false) throws(DocumentFailure) -> BudgetDocument {
        let decoded: DecodedText
        do {
            decoded = try SourceDecoder.decode(bytes, lossy: lossy)
        } catch {
            throw .decoding(error)
        }
        var document = read(text: decoded.text, encoding: decoded.encoding)
        if decoded.replacements > 0 {
            document.warnings.insert(ConversionWarning(line: 0,
                "\(decoded.replacements) invalid byte sequence(s) replaced by U+FFFD (--lossy)"), at: 0)
        }
        guard !document.tables.isEmpty else { throw .noTable(lines: document.lineCount) }
        return document
    }

    public static func read(text: String, encoding: SourceEncoding = .utf8) -> BudgetDocument {
        var recognizer = TableRecognizer()
        var tables: [BudgetTable] = []
        var narrative: [Paragraph] = []
        var lastLine = 0
        let handle: (DocumentElement) -> Void = { element in
            switch element {
            case .table(let raw): tables.append(TableAssembler.assemble(raw))
            case .paragraph(let paragraph): narrative.append(paragraph)
            }
        }
        for token in Tokenizer(text: text) {
            lastLine = token.line
            recognizer.feed(token, emit: handle)
        }
        recognizer.finish(emit: handle)
        return BudgetDocument(tables: tables, narrative: narrative, encoding: encoding, warnings: [], lineCount: lastLine)
    }
}
