/// What a column holds, read off its header label and its values.
public enum ColumnRole: Equatable, Sendable {
    case serial       // 序号: small integers, centred
    case code         // 科目编码: identifiers, always text
    case amount       // 万元 amounts
    case text

    /// Roles of a table's columns, from leaf labels and the data rows.
    public static func roles(labels: [String], dataRows: [SourceRow], width: Int) -> [ColumnRole] {
        (0..<width).map { column in
            let label = column < labels.count ? TextNormalizer.compact(labels[column]) : ""
            if label.equalsText("序号") { return .serial }
            if label.containsText(literal: "编码") || label.containsText(literal: "代码") || label.endsWithText("编号") { return .code }
            let hasAmount = dataRows.contains { row in
                column < row.count && NumberParser.hasTwoDecimals(row.cells[column].text)
            }
            return hasAmount ? .amount : .text
        }
    }
}
