import SpreadsheetModel

/// The roles and number formats of a table's columns, as the sheet writes them.
///
/// Roles: the family's column meanings when it has them; otherwise read off the labels and
/// the values (`ColumnRole.roles`), refined so that a column under a code label (`功能分类科目编码`
/// over `类 | 款 | 项`) is a code column in every row, and a column of figures printed with
/// thousands separators is an amount column. Formats: the family's fixed amount format (the
/// Hebei template's `#,##0.00`), or the source's own (separators and decimals) per column, with
/// a cell's own format where the column's would not show it as printed.
public struct ColumnTyping: Sendable {
    public var roles: [ColumnRole]
    /// The amount format of each column (used for amount cells).
    public var formats: [NumberStyle]
    /// True when amounts are shown as printed rather than in one fixed format.
    public var asPrinted: Bool

    public init(table: BudgetTable) {
        let width = max(table.width, 1)
        var roles: [ColumnRole]
        if let meanings = table.columnMeanings, meanings.count == width {
            roles = meanings.map(\.role)
        } else {
            // Read off labels and values only when the family does not say (a profile found
            // this reading, thrown away for every template table, at 1% of conversion).
            roles = ColumnRole.roles(labels: table.columnLabels, dataRows: table.dataRows, width: width)
            let paths = ColumnTyping.labelPaths(table.header, width: width)
            for column in 0..<width where roles[column] != .serial {
                let path = paths[column].map { TextNormalizer.compact($0) }
                let leaf = path.last ?? ""
                if path.contains(where: { $0.containsText(literal: "编码") || $0.containsText(literal: "代码") })
                    || leaf.equalsText("类") || leaf.equalsText("款") || leaf.equalsText("项") {
                    roles[column] = .code
                } else if roles[column] == .text, table.dataRows.contains(where: { row in
                    column < row.count && NumberParser.isGrouped(row.cells[column].text)
                }) {
                    roles[column] = .amount
                }
            }
        }
        self.roles = roles
        if let fixed = table.amountFormat {
            formats = Array(filled: NumberStyle(rawValue: fixed), count: width)
            asPrinted = false
        } else {
            formats = (0..<width).map { column in
                NumberStyle.printed(texts: table.dataRows.compactMap { column < $0.count ? $0.cells[column].text : nil })
            }
            asPrinted = true
        }
    }

    public func role(_ column: Int) -> ColumnRole { column < roles.count ? roles[column] : .text }

    /// The format an amount cell is written with: the column's, or the cell's own where the
    /// column's would not show the printed text.
    public func format(for text: String, column: Int) -> NumberStyle {
        let columnFormat = column < formats.count ? formats[column] : .amount
        guard asPrinted, let value = NumberParser.parse(text) else { return columnFormat }
        if NumberDisplay.text(value, format: columnFormat) == text { return columnFormat }
        return NumberStyle.printed(texts: [text])
    }

    /// Every label over each column, top first.
    static func labelPaths(_ header: HeaderLayout, width: Int) -> [[String]] {
        var paths = Array(filled: [String](), count: width)
        for placement in header.placements.sorted(by: { $0.row < $1.row }) where !placement.cell.isEmpty {
            let range = header.merges.first { $0.firstRow == placement.row && $0.firstColumn == placement.column }
            let last = range?.lastColumn ?? placement.column
            for column in placement.column...max(placement.column, last) where column < width {
                // Room for a few levels at once (grown label by label, each path was copied).
                if paths[column].isEmpty { paths[column].reserveCapacity(4) }
                paths[column].append(placement.cell.text)
            }
        }
        return paths
    }
}

/// How Excel shows a number in the formats `NumberStyle.printed` makes (`#,##0.00`, `0.0`, …).
enum NumberDisplay {
    static func text(_ value: Double, format: NumberStyle) -> String? {
        guard let (grouping, decimals) = format.printedShape else { return nil }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return nil }
        let units = Int64(scaled)
        let divisor = Int64(scale)
        var whole = String(units / divisor)
        if grouping {
            var grouped = ""
            for (index, character) in whole.reversed().enumerated() {
                if index > 0 && index % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            whole = String(grouped.reversed())
        }
        var result = (value < 0 && units != 0 ? "-" : "") + whole
        if decimals > 0 {
            let fraction = String(units % divisor)
            result += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return result
    }
}
