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

/// How a number is shown: an Excel number format.
public struct NumberStyle: RawRepresentable, Equatable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 万元 amounts of the Hebei template: `#,##0.00`.
    public static let amount = NumberStyle(rawValue: "#,##0.00")
    /// 序号, 栏次, counts.
    public static let integer = NumberStyle(rawValue: "0")
    /// Other numbers, as written.
    public static let general = NumberStyle(rawValue: "General")

    /// An amount shown as printed: with thousands separators when the source has them, with
    /// the source's decimals (`2,932,700` → `#,##0`, `31,214,205.80` → `#,##0.00`, `80.00` → `0.00`).
    public static func printed(grouping: Bool, decimals: Int) -> NumberStyle {
        let whole = grouping ? "#,##0" : "0"
        let places = min(max(decimals, 0), 6)
        return NumberStyle(rawValue: places == 0 ? whole : whole + "." + String(repeating: "0", count: places))
    }
}
