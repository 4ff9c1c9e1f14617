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

/// Tokens moved out of an array one by one, for a reader that tokenized a whole text before
/// it knew its shape. Iterating the array copied each token (its text retained, and released
/// again with the array); the drain owns the array alone and swaps each token out of it.
struct TokenDrain: IteratorProtocol {
    private var tokens: [Token]
    private var index = 0

    init(_ tokens: consuming [Token]) { self.tokens = tokens }

    mutating func next() -> Token? {
        guard index < tokens.count else { return nil }
        var token = Token.blank(line: 0)
        swap(&token, &tokens[index])
        index += 1
        return token
    }
}
