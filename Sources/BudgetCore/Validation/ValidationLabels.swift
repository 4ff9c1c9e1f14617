/// The leaf label of every column a table view reads, padded to the widest data row (rows
/// written as found may be wider than the header).
enum ValidationLabels {
    static func padded(_ table: BudgetTable) -> (width: Int, labels: [String]) {
        let width = max(table.width, table.dataRows.map(\.count).max() ?? 0)
        var labels = table.columnLabels
        if labels.count < width { labels += Array(repeating: "", count: width - labels.count) }
        return (width, labels)
    }
}
