/// Gathers the text of markup the way a browser shows it: runs of ASCII whitespace collapse
/// to one space, explicit breaks start a new line, and each line is trimmed of spaces and
/// no-break spaces at both ends (an ideographic space U+3000 is text, kept).
struct TextCollector {
    private var lines: [String] = []
    private var current = ""
    private var pendingSpace = false

    var isEmpty: Bool { lines.allSatisfy(\.isEmpty) && Self.trim(current).isEmpty }

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{0C}":
                pendingSpace = true
            default:
                if pendingSpace && !current.isEmpty { current.append(" ") }
                pendingSpace = false
                current.unicodeScalars.append(scalar)
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
        let line = Self.trim(current)
        if !line.isEmpty || explicit { lines.append(line) }
        current = ""
        pendingSpace = false
    }

    /// The lines gathered so far (the open line closed), then emptied.
    mutating func takeLines() -> [String] {
        breakLine()
        var result = lines
        while let last = result.last, last.isEmpty { result.removeLast() }
        while let first = result.first, first.isEmpty { result.removeFirst() }
        lines = []
        return result
    }

    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{00A0}" || s == "\t" || s == "\n" || s == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
