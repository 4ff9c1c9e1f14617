/// How a text export lays its cells out. Decided per document from its lines, never from its
/// file name (a `.csv` name only tips a text without TAB lines towards CSV).
public enum TextShape: Equatable, Sendable, CustomStringConvertible {
    /// One cell per line, each cell line starting with one TAB; rows separated by blank lines.
    case cellPerLine
    /// One row per line, cells separated by the delimiter (TAB or comma), Excel's quoting.
    case rowPerLine(delimiter: Unicode.Scalar)
    /// Neither: the census says what was seen.
    case unknown

    public static let csv = TextShape.rowPerLine(delimiter: ",")
    public static let tabRows = TextShape.rowPerLine(delimiter: "\t")

    public var description: String {
        switch self {
        case .cellPerLine: return "cell per line"
        case .rowPerLine(let delimiter): return delimiter == "," ? "CSV" : delimiter == "\t" ? "row per line (TAB)" : "row per line (\(delimiter))"
        case .unknown: return "unknown"
        }
    }

    public static func detect(_ text: String, fileExtension: String? = nil) -> TextShape {
        detect(LineCensus(text), fileExtension: fileExtension)
    }

    /// Cell-per-line when its lines are cell lines with at most one row line in 20, or one or
    /// two in a short text (a cell may hold a stray TAB); row-per-line when row lines outnumber cell lines four to one (a row
    /// of an empty cell and one more looks like a cell line); CSV, with no TAB lines at all,
    /// when the name says `.csv` or most lines hold a comma outside quotes. Anything between
    /// is unknown: reading it either way would misread it silently.
    public static func detect(_ census: LineCensus, fileExtension: String? = nil) -> TextShape {
        let strayRowLines = census.rowLines * 20 <= census.cellLines
            || (census.rowLines <= 2 && census.rowLines * 4 <= census.cellLines)
        if census.cellLines > 0, strayRowLines { return .cellPerLine }
        if census.rowLines > 0, census.cellLines * 4 <= census.rowLines { return .tabRows }
        if census.cellLines > 0 || census.rowLines > 0 { return .unknown }
        if fileExtension?.lowercased() == "csv" { return .csv }
        if census.commaLines >= 2, census.commaLines * 2 >= census.nonBlankLines { return .csv }
        return .unknown
    }
}

/// What kinds of line a text holds, for telling its shape.
public struct LineCensus: Equatable, Sendable {
    /// Lines starting with one TAB and holding no other (trailing blanks aside).
    public var cellLines = 0
    /// Lines with a TAB between two cells.
    public var rowLines = 0
    /// Lines with no TAB and a comma outside double quotes.
    public var commaLines = 0
    public var nonBlankLines = 0

    public init(cellLines: Int = 0, rowLines: Int = 0, commaLines: Int = 0, nonBlankLines: Int = 0) {
        self.cellLines = cellLines
        self.rowLines = rowLines
        self.commaLines = commaLines
        self.nonBlankLines = nonBlankLines
    }

    public init(_ text: String) {
        for (_, line) in LineSplitter(text) {
            let body = line.trimmingTrailingBlanks()
            guard !body.trimmingBlanks().isEmpty else { continue }
            nonBlankLines += 1
            // A TAB is a Character of its own whatever surrounds it: its byte decides.
            if body.utf8.first == 0x09 {
                if body.utf8.dropFirst().contains(0x09) { rowLines += 1 } else { cellLines += 1 }
            } else if body.utf8.contains(0x09) {
                rowLines += 1
            } else if Self.hasCommaOutsideQuotes(body) {
                commaLines += 1
            }
        }
    }

    private static func hasCommaOutsideQuotes(_ line: Substring) -> Bool {
        var quoted = false
        for scalar in line.unicodeScalars {
            if scalar == "\"" { quoted.toggle() } else if scalar == ",", !quoted { return true }
        }
        return false
    }
}
