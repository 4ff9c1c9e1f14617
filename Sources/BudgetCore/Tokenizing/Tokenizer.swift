/// Lines → tokens, one at a time, so the recognizer never holds more than the table it is
/// assembling.
public struct Tokenizer: Sequence, IteratorProtocol {
    private var lines: LineSplitter

    public init(text: String) {
        lines = LineSplitter(text)
    }

    public mutating func next() -> Token? {
        guard let (number, line) = lines.next() else { return nil }
        return Tokenizer.classify(line, number: number)
    }

    public static func classify(_ line: Substring, number: Int) -> Token {
        if line.first == "\t" {
            return .cell(String(line.dropFirst().trimmingTrailingBlanks()), line: number)
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
    func trimmingTrailingBlanks() -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before].isExportBlank else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    func trimmingBlanks() -> SubSequence {
        let tail = trimmingTrailingBlanks()
        var start = tail.startIndex
        while start < tail.endIndex, tail[start].isExportBlank { start = tail.index(after: start) }
        return tail[start..<tail.endIndex]
    }
}
