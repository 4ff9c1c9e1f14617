import SpreadsheetModel

extension NumberStyle {
    /// The format that shows every one of these source texts as printed.
    public static func printed(texts: [String]) -> NumberStyle {
        var grouping = false
        var decimals = 0
        for text in texts where NumberParser.parse(text) != nil {
            if text.containsText(literal: ",") { grouping = true }
            if let dot = text.firstIndex(of: ".") { decimals = max(decimals, text.distance(from: dot, to: text.endIndex) - 1) }
        }
        return printed(grouping: grouping, decimals: decimals)
    }
}
