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

/// How a number is shown.
public enum NumberStyle: String, Equatable, Sendable, Hashable {
    /// 万元 amounts: `#,##0.00`.
    case amount = "#,##0.00"
    /// 序号, 栏次, counts.
    case integer = "0"
    /// Other numbers, as written.
    case general = "General"
}
