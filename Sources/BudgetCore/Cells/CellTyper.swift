import SpreadsheetModel

/// Source text → typed value (docs/templates.md "Typed cells"): amounts as numbers shown with two
/// decimals, 科目编码 as text, 序号/栏次 as integers, everything else text.
public enum CellTyper {
    public static func value(of text: String, role: ColumnRole) -> CellValue {
        if text.isEmpty { return .empty }
        switch role {
        case .code:
            return .text(text)
        case .serial:
            if NumberParser.isInteger(text), let n = NumberParser.parse(text) {
                return .number(n, source: text, format: .integer)
            }
            return .text(text)
        case .amount:
            if let n = NumberParser.parse(text) { return .number(n, source: text, format: .amount) }
            return .text(text)
        case .text:
            if let n = NumberParser.parse(text) {
                return .number(n, source: text, format: NumberParser.isInteger(text) ? .integer : .general)
            }
            return .text(text)
        }
    }

    /// The 栏次 row: its label stays text, the column numbers are integers.
    public static func indexValue(of text: String) -> CellValue {
        if NumberParser.isInteger(text), let n = NumberParser.parse(text) {
            return .number(n, source: text, format: .integer)
        }
        return text.isEmpty ? .empty : .text(text)
    }
}
