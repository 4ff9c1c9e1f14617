/// A cell's typed value as it goes into the workbook. Nothing ever becomes a formula.
public enum CellValue: Equatable, Sendable {
    case empty
    case text(String)
    /// A number, with the source text it came from (kept for exact arithmetic).
    case number(Double, source: String, format: NumberStyle)

    /// The UTF-8 bytes of a text value, 0 for any other: read in place, where binding the
    /// text copied it (a reference count for every cell checked).
    public var textByteCount: Int {
        if case .text(let text) = self { return text.utf8.count }
        return 0
    }

    /// Whether the value shows no text (empty, an empty text, a number without its source),
    /// read in place.
    var showsNoText: Bool {
        switch self {
        case .empty: return true
        case .text(let text): return text.isEmpty
        case .number(_, let source, _): return source.isEmpty
        }
    }

    /// A text value's widest line and line count (nil for any other value), read in place:
    /// binding the text out of a cell read through a pointer copied it.
    func textLineWidths() -> (widest: Int, lines: Int)? {
        guard case .text(let text) = self else { return nil }
        return DisplayWidth.widestLineAndCount(text)
    }

    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .number(_, let source, _): return source
        }
    }
}
