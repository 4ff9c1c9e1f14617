/// One record of a delimited text (row per line, CSV): its fields with Excel's quoting undone,
/// and the lines it spans (a quoted field may hold line breaks).
public struct DelimitedRecord: Equatable, Sendable {
    public var fields: [String]
    public var line: Int
    public var lastLine: Int
}

/// Text → records, Excel's quoting rule: a field that starts with `"` runs to the next `"` not
/// doubled, and may hold the delimiter and line breaks; `""` inside it is one quote.
///
/// Hand-written rather than yaslab/CSV.swift: that reader (2.5.2) reads an unclosed quote to the
/// end of the file without an error, drops the character after a stray closing quote (`"a"b`)
/// and gives no line numbers. Here a quote that does not close as Excel writes it (followed
/// by the delimiter or the line end, within `maximumQuotedLines`) is read literally, and the
/// line is recorded in `literalQuoteLines` so the reader can warn.
public struct DelimitedRecordReader: Sequence, IteratorProtocol {
    /// A quoted field spanning more lines than this is taken for a stray quote.
    public static let maximumQuotedLines = 200

    private let scalars: String.UnicodeScalarView
    private let delimiter: Unicode.Scalar
    private var index: String.UnicodeScalarView.Index
    private var line = 1
    public private(set) var literalQuoteLines: [Int] = []

    public init(text: String, delimiter: Unicode.Scalar) {
        scalars = text.unicodeScalars
        self.delimiter = delimiter
        index = scalars.startIndex
    }

    public mutating func next() -> DelimitedRecord? {
        guard index < scalars.endIndex else { return nil }
        let first = line
        var fields: [String] = []
        while true {
            fields.append(readField())
            guard index < scalars.endIndex else { break }
            let scalar = scalars[index]
            if scalar == delimiter {
                // A delimiter at the very end still opens an (empty) last field.
                index = scalars.index(after: index)
                continue
            }
            // A line end (the field readers stop only at the delimiter, a line end or the end).
            let last = line
            consumeLineEnd()
            return DelimitedRecord(fields: fields, line: first, lastLine: last)
        }
        return DelimitedRecord(fields: fields, line: first, lastLine: line)
    }

    private mutating func readField() -> String {
        if index < scalars.endIndex, scalars[index] == "\"", let quoted = readQuoted() { return quoted }
        if index < scalars.endIndex, scalars[index] == "\"" { literalQuoteLines.append(line) }
        var field = String.UnicodeScalarView()
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == delimiter || scalar == "\n" || scalar == "\r" { break }
            field.append(scalar)
            index = scalars.index(after: index)
        }
        return String(field)
    }

    /// The quoted field at `index`, or nil (and `index` unchanged) when its quote does not
    /// close as Excel writes it.
    private mutating func readQuoted() -> String? {
        var cursor = scalars.index(after: index)
        var field = String.UnicodeScalarView()
        var lineBreaks = 0
        while cursor < scalars.endIndex {
            let scalar = scalars[cursor]
            cursor = scalars.index(after: cursor)
            if scalar == "\"" {
                if cursor < scalars.endIndex, scalars[cursor] == "\"" {
                    field.append("\"")
                    cursor = scalars.index(after: cursor)
                    continue
                }
                let closesCell = cursor == scalars.endIndex || scalars[cursor] == delimiter
                    || scalars[cursor] == "\n" || scalars[cursor] == "\r"
                guard closesCell else { return nil }
                index = cursor
                line += lineBreaks
                return String(field)
            }
            if scalar == "\n" || scalar == "\r" {
                // CR LF is one line break.
                if scalar == "\r", cursor < scalars.endIndex, scalars[cursor] == "\n" { cursor = scalars.index(after: cursor) }
                lineBreaks += 1
                guard lineBreaks <= Self.maximumQuotedLines else { return nil }
                field.append("\n")
                continue
            }
            field.append(scalar)
        }
        return nil
    }

    private mutating func consumeLineEnd() {
        guard index < scalars.endIndex else { return }
        let scalar = scalars[index]
        index = scalars.index(after: index)
        if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
        line += 1
    }
}
