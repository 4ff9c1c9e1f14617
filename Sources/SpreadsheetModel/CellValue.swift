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

    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .number(_, let source, _): return source
        }
    }
}
