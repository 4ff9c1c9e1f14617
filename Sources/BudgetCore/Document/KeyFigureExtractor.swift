/// Reads a department's key figures off its tables for the roll-up, by label meaning and
/// code, reusing the validator's table views. An absent table leaves its figures nil.
public enum KeyFigureExtractor {
    public static func extract(_ document: BudgetDocument) -> KeyFigures {
        var figures = KeyFigures()
        if let table = document.tables.first(where: { $0.kind == .budgetSummary }) {
            readSummary(SummaryTableView(table), into: &figures)
        }
        if let table = document.tables.first(where: { $0.kind == .expenditureSummary }) {
            let view = CodeTableView(table)
            figures.basicExpenditure = total(view, .basic)
            figures.projectExpenditure = total(view, .project)
        }
        if let table = document.tables.first(where: { $0.kind == .basicExpenditure }) {
            let view = CodeTableView(table)
            figures.personnel = total(view, .personnel)
            figures.publicFunds = total(view, .publicFunds)
        }
        if let table = document.tables.first(where: { $0.kind == .threePublicExpenditure }) {
            figures.threePublic = columnTotal(table)
        }
        if let table = document.tables.first(where: { $0.kind == .procurement }) {
            figures.procurement = columnTotal(table)
        }
        return figures
    }

    private static func readSummary(_ view: SummaryTableView, into figures: inout KeyFigures) {
        if let income = view.income {
            let section = view.section(income)
            figures.incomeBySource = section.lines.compactMap { line in
                guard !line.key.isEmpty else { return nil }
                return KeyFigures.LabelledAmount(label: line.key, amount: amount(view.read(line, income.totalColumn)))
            }
            figures.totalIncome = section.grandTotal.map { amount(view.read($0, income.totalColumn)) }
            figures.carryOver = section.carries.first.map { amount(view.read($0.top, income.totalColumn)) }
        }
        if let spending = view.spending {
            figures.totalExpenditure = view.section(spending).currentTotal.map { amount(view.read($0, spending.totalColumn)) }
        }
    }

    private static func total(_ view: CodeTableView, _ meaning: ColumnMeaning) -> Cents? {
        guard let column = view.column(meaning) else { return nil }
        if case .amount(let cell) = view.total(column) { return cell.value }
        return nil
    }

    /// The 合计 column's total: its 合计 row when there is one, else the sum of its rows
    /// (0 for an empty table).
    private static func columnTotal(_ table: BudgetTable) -> Cents? {
        let labels = table.columnLabels
        guard let column = labels.firstIndex(where: { ColumnMeaning.total.matches($0) }) else { return nil }
        let rows = table.dataRows.filter { !$0.isAllEmpty }
        if let totalRow = rows.first(where: { row in row.cells.contains { ColumnMeaning.total.matches($0.text) } }) {
            return Cents(parsing: CodeTableView.text(totalRow, column))
        }
        var sum = Cents.zero
        for row in rows {
            guard let value = Cents(parsing: CodeTableView.text(row, column)) else { return nil }
            sum += value
        }
        return sum
    }

    private static func amount(_ read: CellRead) -> Cents {
        if case .amount(let cell) = read { return cell.value }
        return .zero
    }
}
