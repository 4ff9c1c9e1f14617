/// Delimited records → the token stream a cell-per-line export of the same tables gives, so
/// titles, meta rows, headers, notes and narrative are recognized by the same rules:
/// a record of N fields → N cell tokens and a blank token; a record of one field → a text
/// token per line of it (a title, a note, a paragraph), or a blank token when it is empty.
/// Excel's padding and one-cell rows inside tables are settled first (RowShapes).
public struct RowTokenizer: Sequence, IteratorProtocol {
    private let lines: [RowShapes.Line]
    private var lineIndex = 0
    private var queued: [Token] = []
    private var queuedIndex = 0

    /// Lines where a quote did not close as Excel writes it and was read as a character.
    public let literalQuoteLines: [Int]

    /// Reads every record first: whether the text is padded (Excel) is told from all its lines.
    public init(text: String, delimiter: Unicode.Scalar) {
        var reader = DelimitedRecordReader(text: text, delimiter: delimiter)
        var records: [DelimitedRecord] = []
        while let record = reader.next() { records.append(record) }
        literalQuoteLines = reader.literalQuoteLines
        lines = RowShapes.lines(records)
    }

    public mutating func next() -> Token? {
        if queuedIndex < queued.count {
            queuedIndex += 1
            return queued[queuedIndex - 1]
        }
        guard lineIndex < lines.count else { return nil }
        let line = lines[lineIndex]
        lineIndex += 1
        queued = line.isRow ? Self.rowTokens(of: line.record) : Self.tokens(of: line.record)
        queuedIndex = 0
        return next()
    }

    static func tokens(of record: DelimitedRecord) -> [Token] {
        if record.fields.count == 1 {
            var tokens: [Token] = []
            for (offset, piece) in record.fields[0].split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = piece.trimmingBlanks()
                tokens.append(trimmed.isEmpty ? .blank(line: record.line + offset) : .text(String(trimmed), line: record.line + offset))
            }
            return tokens
        }
        return rowTokens(of: record)
    }

    /// A row: a cell token per field, then the blank that ends the row.
    static func rowTokens(of record: DelimitedRecord) -> [Token] {
        var tokens = record.fields.map { Token.cell(cellText($0), line: record.line) }
        tokens.append(.blank(line: record.lastLine))
        return tokens
    }

    /// A cell's text as the cell-per-line shape gives it: its first line without trailing
    /// blanks, each further line trimmed, empty lines dropped (there they would be blank
    /// lines, which a cell cannot hold).
    static func cellText(_ field: String) -> String {
        guard field.contains("\n") else { return String(field.trimmingTrailingBlanks()) }
        var lines: [Substring] = []
        for (offset, piece) in field.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let kept = offset == 0 ? piece.trimmingTrailingBlanks() : piece.trimmingBlanks()
            if !kept.isEmpty { lines.append(kept) }
        }
        return lines.joined(separator: "\n")
    }
}
