/// Gathers the text of markup the way a browser shows it: runs of ASCII whitespace collapse
/// to one space and vanish at the ends of a line; explicit breaks start a new line. A no-break
/// space is meant space: written as a plain space and kept, so `计量&nbsp;&nbsp;单位` keeps
/// its two spaces. A line of nothing but spaces is empty (`<td>&nbsp;</td>`).
struct TextCollector {
    private var lines: [String] = []
    private var current = ""
    private var pendingSpace = false

    var isEmpty: Bool { lines.isEmpty && Self.isBlank(current) }

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{0C}":
                pendingSpace = true
            default:
                if pendingSpace && !current.isEmpty { current.append(" ") }
                pendingSpace = false
                current.unicodeScalars.append(scalar == "\u{00A0}" ? " " : scalar)
            }
        }
    }

    /// Appends text whose whitespace is meant (a Word run): nothing collapses.
    mutating func appendVerbatim(_ text: String) {
        if pendingSpace && !current.isEmpty { current.append(" ") }
        pendingSpace = false
        current += text
    }

    /// A line break (`<br>`, a block boundary, a Word paragraph). Empty lines from block
    /// boundaries are dropped; `explicit` breaks keep them.
    mutating func breakLine(explicit: Bool = false) {
        let line = Self.isBlank(current) ? "" : current
        if !line.isEmpty || explicit { lines.append(line) }
        current = ""
        pendingSpace = false
    }

    /// The lines gathered so far (the open line closed, empty lines at either end dropped),
    /// then emptied.
    mutating func takeLines() -> [String] {
        breakLine()
        var result = lines
        while let last = result.last, last.isEmpty { result.removeLast() }
        while let first = result.first, first.isEmpty { result.removeFirst() }
        lines = []
        return result
    }

    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }
    }

    /// A figure padded with spaces (`&nbsp;0`) is the figure: padding is layout, and a padded
    /// amount would no longer read as a number.
    static func unpaddedFigure(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: " ")
        guard !trimmed.isEmpty, trimmed.count < text.count,
              trimmed.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "," || $0 == "." || $0 == "-" || $0 == "%" })
        else { return text }
        return trimmed
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        let start = firstIndex { !characters.contains($0) } ?? endIndex
        let end = lastIndex { !characters.contains($0) }.map { index(after: $0) } ?? start
        return String(self[start..<Swift.max(start, end)])
    }
}
