/// One line of an export, classified (docs/format.md "Lines").
public enum Token: Equatable, Sendable {
    /// A line starting with one TAB: the rest is one cell's text (trailing blanks dropped).
    case cell(String, line: Int)
    /// An empty line, or one of spaces and tabs only.
    case blank(line: Int)
    /// Anything else: a title, note, narrative paragraph or continuation, trimmed.
    case text(String, line: Int)

    public var line: Int {
        switch self {
        case .cell(_, let line), .blank(let line), .text(_, let line): return line
        }
    }
}
