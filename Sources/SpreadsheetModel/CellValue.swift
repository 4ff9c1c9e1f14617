/// A cell's typed value as it goes into the workbook. Nothing ever becomes a formula.
public enum CellValue: Equatable, Sendable {
    case empty
    case text(String)
    /// A number, with the source text it came from (kept for exact arithmetic).
    case number(Double, source: String, format: NumberStyle)

    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let text): return text
        case .number(_, let source, _): return source
        }
    }
}
