/// Reading any text shape: the shape is detected from the lines (or forced), then each shape's
/// tokens go through the same recognizer and assembler.
extension DocumentReader {
    /// Bytes → document in the given shape, or in the detected one when `shape` is nil.
    /// `fileExtension` only tips a text without TAB lines towards CSV.
    public static func read(_ bytes: [UInt8], shape: TextShape?, fileExtension: String? = nil,
                            lossy: Bool = false, catalog: FamilyCatalog = .builtin) throws(DocumentFailure) -> BudgetDocument {
        let decoded: DecodedText
        do {
            decoded = try SourceDecoder.decode(bytes, lossy: lossy)
        } catch {
            throw .decoding(error)
        }
        var document = try read(text: decoded.text, encoding: decoded.encoding, shape: shape, fileExtension: fileExtension,
                                catalog: catalog)
        if decoded.replacements > 0 {
            document.warnings.insert(ConversionWarning(line: 0,
                "\(decoded.replacements) invalid byte sequence(s) replaced by U+FFFD (--lossy)"), at: 0)
        }
        guard !document.tables.isEmpty else { throw .noTable(lines: document.lineCount) }
        return document
    }

    /// Text → document in the given or detected shape. A text whose lines mix both TAB shapes
    /// is refused rather than guessed.
    ///
    /// The shape is told from the lines the tokenizer cuts for cell-per-line reading, counted
    /// as it cuts them (nearly every export is cell per line): a census pass of its own cost
    /// as much as a tenth of reading. The tokens are kept until the shape is known, so a text
    /// of another shape costs one tokenizing more, not a recognition. Commas are counted (a
    /// whole census) only for a text without TAB lines, the one case they decide.
    public static func read(text: String, encoding: SourceEncoding = .utf8, shape: TextShape?,
                            fileExtension: String? = nil, catalog: FamilyCatalog = .builtin) throws(DocumentFailure) -> BudgetDocument {
        switch shape {
        case .cellPerLine?: return read(text: text, encoding: encoding, catalog: catalog)
        case .rowPerLine(let delimiter)?: return readRows(text: text, encoding: encoding, delimiter: delimiter, catalog: catalog)
        case .unknown?, nil: break
        }
        var tokenizer = Tokenizer(text: text)
        var tokens: [Token] = []
        while let token = tokenizer.next() { tokens.append(token) }
        let census = LineCensus(text: text, cellsAndRows: tokenizer.cellsAndRows)
        switch shape ?? TextShape.detect(census, fileExtension: fileExtension) {
        case .cellPerLine:
            var drain = TokenDrain(consume tokens)
            return read(tokens: &drain, encoding: encoding, catalog: catalog)
        case .rowPerLine(let delimiter):
            return readRows(text: text, encoding: encoding, delimiter: delimiter, catalog: catalog)
        case .unknown:
            // The whole census, commas too, for the message.
            if census.cellLines > 0 || census.rowLines > 0 { throw .unknownShape(LineCensus(text)) }
            // No TAB and no comma rows: read as before, which finds no table and says so.
            var drain = TokenDrain(consume tokens)
            return read(tokens: &drain, encoding: encoding, catalog: catalog)
        }
    }

    /// The tokens a text gives in the given or detected shape: what the recognizer read, for
    /// verify to prove a workbook against.
    public static func tokens(text: String, shape: TextShape?, fileExtension: String? = nil) -> [Token] {
        switch shape ?? TextShape.detect(LineCensus(text), fileExtension: fileExtension) {
        case .rowPerLine(let delimiter): return Array(RowTokenizer(text: text, delimiter: delimiter))
        case .cellPerLine, .unknown: return Array(Tokenizer(text: text))
        }
    }

    static func readRows(text: String, encoding: SourceEncoding, delimiter: Unicode.Scalar,
                         catalog: FamilyCatalog) -> BudgetDocument {
        var tokens = RowTokenizer(text: text, delimiter: delimiter)
        let all = Array(AnyIterator { tokens.next() })
        var document = read(tokens: all, encoding: encoding, catalog: catalog)
        document.warnings += tokens.literalQuoteLines.map {
            ConversionWarning(line: $0, "a double quote opens a cell but does not close it as Excel writes it; read as a character")
        }
        return document
    }
}
