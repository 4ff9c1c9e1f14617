/// Lines → tokens, one at a time, so the recognizer never holds more than the table it is
/// assembling.
public struct Tokenizer: Sequence, IteratorProtocol {
    private let text: String
    /// The byte offset of the next line.
    private var offset = 0
    private var number = 0
    /// Lines as Substrings, for a text without contiguous UTF-8 (never a native String).
    private var lines: LineSplitter?
    /// The cell and row lines among the lines read so far (`LineCensus.addCellsAndRows`),
    /// nil once a line was read without contiguous bytes: the reader tells a text's shape from
    /// the lines it tokenized for cell-per-line reading, instead of a census pass of its own.
    private(set) var cellsAndRows: LineCensus? = LineCensus()

    public init(text: String) {
        self.text = text
    }

    /// Each line found, trimmed and made a String on the text's bytes, as offsets: a
    /// Substring per line, cut and trimmed by String indices, cost more than all the rest of
    /// reading a line. A line whose blanks need Characters to trim goes through `classify`.
    public mutating func next() -> Token? {
        if var splitter = lines {
            defer { lines = splitter }
            return Self.next(from: &splitter)
        }
        let start = offset
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> (token: Token?, next: Int)? in
            guard start < bytes.count else { return nil }  // a final line end opens no empty line
            let (end, next) = LineSplitter.lineEnd(in: bytes, from: start)
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            cellsAndRows?.addCellsAndRows(ofLine: line)
            return (Self.classify(line, number: number + 1), next)
        }
        guard let found else {
            cellsAndRows = nil
            var splitter = LineSplitter(text)
            let token = Self.next(from: &splitter)
            lines = splitter
            return token
        }
        guard let (token, next) = found else { return nil }
        number += 1
        offset = next
        if let token { return token }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: LineSplitter.lineEnd(in: text, from: start) - start)
        return Self.classify(text[lower..<upper], number: number)
    }

    private static func next(from lines: inout LineSplitter) -> Token? {
        guard let (number, line) = lines.next() else { return nil }
        return classify(line, number: number)
    }

    /// `classify` on a line's bytes (a String's, so valid UTF-8, cut at ASCII line ends and
    /// blanks: each cell is valid too); nil when its blanks need Characters to trim.
    static func classify(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> Token? {
        if line.first == 0x09 {
            let cell = UnsafeBufferPointer(rebasing: line[1...])
            guard let (_, end) = ExportBlanks.trimmedOffsets(cell, leading: false) else { return nil }
            return .cell(String(validUTF8: UnsafeBufferPointer(rebasing: cell[..<end])), line: number)
        }
        guard let (start, end) = ExportBlanks.trimmedOffsets(line, leading: true) else { return nil }
        if start == end { return .blank(line: number) }
        return .text(String(validUTF8: UnsafeBufferPointer(rebasing: line[start..<end])), line: number)
    }

    public static func classify(_ line: Substring, number: Int) -> Token {
        // A TAB is a Character of its own whatever follows it, so its byte decides.
        if line.utf8.first == 0x09 {
            let cell = line.utf8.index(after: line.utf8.startIndex)
            return .cell(String(line[cell...].trimmingTrailingBlanks()), line: number)
        }
        let trimmed = line.trimmingBlanks()
        if trimmed.isEmpty { return .blank(line: number) }
        return .text(String(trimmed), line: number)
    }
}

extension Character {
    /// ASCII space or tab, plus the BOM-like zero-width space some exports leave in. Not U+3000,
    /// which exports use on purpose for indentation (`　　其中：`).
    var isExportBlank: Bool { self == " " || self == "\t" || self == "\u{FEFF}" || self == "\u{200B}" }
}

extension StringProtocol {
    /// Without the blank Characters (`isExportBlank`) at its end.
    func trimmingTrailingBlanks() -> SubSequence { characterTrimmingTrailingBlanks() }

    /// Without the blank Characters at either end.
    func trimmingBlanks() -> SubSequence { characterTrimmingBlanks() }

    /// The trims on Characters: the reference the byte-level trims of Substring fall back to.
    fileprivate func characterTrimmingTrailingBlanks() -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before].isExportBlank else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    fileprivate func characterTrimmingBlanks() -> SubSequence {
        let tail = characterTrimmingTrailingBlanks()
        var start = tail.startIndex
        while start < tail.endIndex, tail[start].isExportBlank { start = tail.index(after: start) }
        return tail[start..<tail.endIndex]
    }
}

extension Substring {
    /// `StringProtocol.trimmingTrailingBlanks` on UTF-8 bytes (every line of an export goes
    /// through it), with the same Character semantics.
    func trimmingTrailingBlanks() -> Substring {
        switch ExportBlanks.trimmed(self, leading: false) {
        case .some(let range): return self[range]
        case .none: return characterTrimmingTrailingBlanks()
        }
    }

    /// `StringProtocol.trimmingBlanks` on UTF-8 bytes, with the same Character semantics.
    func trimmingBlanks() -> Substring {
        switch ExportBlanks.trimmed(self, leading: true) {
        case .some(let range): return self[range]
        case .none: return characterTrimmingBlanks()
        }
    }
}

/// The export blanks on UTF-8 bytes: space (0x20), TAB (0x09), U+FEFF (EF BB BF) and U+200B
/// (E2 80 8B). TAB and the two format characters are Characters of their own wherever they
/// stand; a space is one unless a prepended mark stands before it or a combining mark after
/// it. So a space is trimmed on bytes only when its neighbour is a single-scalar character
/// (`SingleScalarText`); otherwise the Character-based trim decides.
enum ExportBlanks {
    /// The range of `text` without its blanks (trailing, and leading when `leading`), or nil
    /// when a space has a neighbour that could join it into a larger Character.
    static func trimmed(_ text: Substring, leading: Bool) -> Range<Substring.Index>? {
        let utf8 = text.utf8
        let offsets: (start: Int, end: Int)?? = utf8.withContiguousStorageIfAvailable { bytes in
            trimmedOffsets(bytes, leading: leading)
        }
        guard let known = offsets, let (start, end) = known else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(utf8.startIndex, offsetBy: end)
        return lower..<upper
    }

    static func trimmedOffsets(_ bytes: UnsafeBufferPointer<UInt8>, leading: Bool) -> (start: Int, end: Int)? {
        var end = bytes.count
        while end > 0 {
            let last = bytes[end - 1]
            if last == 0x09 {
                end -= 1
            } else if last == 0x20 {
                if end >= 2 {
                    let before = bytes[end - 2]
                    if before >= 0x80 && !isPlainNeighbour(SingleScalarText.decode(bytes, endingAt: end - 1)) {
                        return nil
                    }
                }
                end -= 1
            } else if end >= 3, isFormatBlank(bytes, at: end - 3) {
                end -= 3
            } else {
                break
            }
        }
        var start = 0
        if leading {
            while start < end {
                let first = bytes[start]
                if first == 0x09 {
                    start += 1
                } else if first == 0x20 {
                    if start + 1 < end, bytes[start + 1] >= 0x80,
                       !isPlainNeighbour(SingleScalarText.decode(bytes, at: start + 1).value) {
                        return nil
                    }
                    start += 1
                } else if start + 3 <= end, isFormatBlank(bytes, at: start) {
                    start += 3
                } else {
                    break
                }
            }
        }
        return (start, end)
    }

    /// A scalar that never joins a space next to it into one Character: a single-scalar one,
    /// or one of the format blanks (Characters of their own).
    @inline(__always)
    private static func isPlainNeighbour(_ value: UInt32) -> Bool {
        SingleScalarText.isSingleScalar(value) || value == 0xFEFF || value == 0x200B
    }

    /// U+FEFF or U+200B at `index`.
    @inline(__always)
    private static func isFormatBlank(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let a = bytes[index], b = bytes[index + 1], c = bytes[index + 2]
        return (a == 0xEF && b == 0xBB && c == 0xBF) || (a == 0xE2 && b == 0x80 && c == 0x8B)
    }
}
