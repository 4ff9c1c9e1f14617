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

    /// On UTF-8 bytes, in one pass: a line's kind depends only on TABs, commas and quotes
    /// (ASCII, never part of a longer scalar) and on its export blanks (space, TAB, U+FEFF,
    /// U+200B), the same lines `LineSplitter` and the Character trims would find. Each line
    /// is read once: the TABs that count are those before its last byte that is no blank
    /// (trailing blanks are trimmed away), and a line with no such byte is blank.
    public init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                index = count(bytes, lineFrom: index)
                if index < bytes.count {
                    index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                }
            }
        }
    }

    /// Counts the line starting at `start`; returns where it ends (at its LF or CR, or the end).
    private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>, lineFrom start: Int) -> Int {
        var index = start
        var tabs = 0, tabsBeforeContent = 0, hasContent = false, comma = false, quoted = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A, 0x0D:
                record(firstIsTab: bytes[start] == 0x09, tabs: tabsBeforeContent, hasContent: hasContent, comma: comma)
                return index
            case 0x09: tabs += 1
            case 0x20: break
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF,
                 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x8B:
                index += 3  // U+FEFF, U+200B: blanks
                continue
            default:
                hasContent = true
                tabsBeforeContent = tabs
                if byte >= 0xC0 {
                    // A scalar of two to four bytes, content whole: its trailing bytes are
                    // neither line ends nor TABs, commas or quotes (a CJK line, byte by byte,
                    // took three turns of this loop a character).
                    index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    continue
                }
                if byte == 0x22 { quoted.toggle() } else if byte == 0x2C, !quoted { comma = true }
            }
            index += 1
        }
        record(firstIsTab: index > start && bytes[start] == 0x09, tabs: tabsBeforeContent, hasContent: hasContent, comma: comma)
        return index
    }

    /// The census of a text whose cell and row lines were counted as it was tokenized
    /// (`Tokenizer.cellsAndRows`, nil when it could not count them): those counts decide its
    /// shape, unless there are none, when commas may (a whole census then).
    init(text: String, cellsAndRows: LineCensus?) {
        if let cellsAndRows, cellsAndRows.cellLines > 0 || cellsAndRows.rowLines > 0 {
            self = cellsAndRows
        } else {
            self = LineCensus(text)
        }
    }

    /// Counts one line (its bytes, without its line end) as the one-pass scan does, except
    /// for commas: the tokenizer counts each line it cuts this way, so a cell-per-line text
    /// (nearly every export) is not scanned a second time to tell its shape. The TABs that
    /// count are found a word at a time; the line's last byte is nearly always content.
    mutating func addCellsAndRows(ofLine line: UnsafeBufferPointer<UInt8>) {
        var last = line.count
        while last > 0 {
            let byte = line[last - 1]
            if byte == 0x20 || byte == 0x09 {
                last -= 1
            } else if last >= 3, (byte == 0xBF && line[last - 3] == 0xEF && line[last - 2] == 0xBB)
                                    || (byte == 0x8B && line[last - 3] == 0xE2 && line[last - 2] == 0x80) {
                last -= 3  // U+FEFF, U+200B
            } else {
                break
            }
        }
        guard last > 0 else { return }  // a blank line
        nonBlankLines += 1
        let firstIsTab = line[0] == 0x09
        let content = UnsafeBufferPointer(rebasing: line[..<last])
        if ByteSearch.firstIndex(of: 0x09, in: content, from: firstIsTab ? 1 : 0) != nil {
            rowLines += 1
        } else if firstIsTab {
            cellLines += 1
        }
    }

    private mutating func record(firstIsTab: Bool, tabs: Int, hasContent: Bool, comma: Bool) {
        guard hasContent else { return }  // a blank line
        nonBlankLines += 1
        if firstIsTab {
            if tabs > 1 { rowLines += 1 } else { cellLines += 1 }
        } else if tabs > 0 {
            rowLines += 1
        } else if comma {
            commaLines += 1
        }
    }
}
