/// Reads a department's key figures off its tables for the roll-up. Where a table's family
/// declares a figure (`keyFigures` items `figure=source`, docs/catalog.md), the declaration
/// says where it is; the figures no declaration names are read by label meaning and code,
/// reusing the validator's table views. An absent table leaves its figures nil. Figures are
/// given in the document's unit (`BudgetDocument.amountUnit`): a table stating another unit
/// (Shanghai prints its 三公 table in 万元 among tables in 元) is converted.
public enum KeyFigureExtractor {
    public static func extract(_ document: BudgetDocument) -> KeyFigures {
        let unit = document.amountUnit
        var figures = byMeaning(document, unit: unit)
        var declared: Set<KeyFigureDeclaration.Figure> = []
        for table in document.tables {
            for declaration in table.template?.keyFigureDeclarations ?? [] where !declared.contains(declaration.figure) {
                guard let value = read(declaration.source, in: table) else { continue }
                figures[declaration.figure] = converted(value, from: table, to: unit)
                declared.insert(declaration.figure)
            }
        }
        return figures
    }

    /// A table's amount in the document's unit (rounded to the cent when a smaller unit is
    /// converted to a larger one).
    static func converted(_ value: Cents?, from table: BudgetTable, to unit: AmountUnit?) -> Cents? {
        guard let value, let unit, let own = table.amountUnit, own != unit else { return value }
        if own.scale > unit.scale {
            let (product, overflow) = value.value.multipliedReportingOverflow(by: Int64(own.scale / unit.scale))
            return overflow ? nil : Cents(product)
        }
        let divisor = Int64(unit.scale / own.scale)
        let half = divisor / 2
        return Cents(value.value >= 0 ? (value.value + half) / divisor : (value.value - half) / divisor)
    }

    // MARK: Declarations

    static func read(_ source: KeyFigureDeclaration.Source, in table: BudgetTable) -> Cents? {
        switch source {
        case .row(let label): return rowAmount(label, in: table)
        case .column(let label): return columnTotal(label, in: table)
        case .codes(let codes): return codesTotal(codes, in: table)
        }
    }

    /// The first filled cell right of the label: its amount, or 0 when it is text (the label's
    /// own amount is blank) or there is none.
    private static func rowAmount(_ label: String, in table: BudgetTable) -> Cents? {
        let key = LabelMeaning.key(label)
        for row in table.dataRows {
            guard let column = row.cells.firstIndex(where: { LabelMeaning.key($0.text) == key }) else { continue }
            let next = row.cells.dropFirst(column + 1).first { !$0.isEmpty }
            return next.flatMap { Cents(parsing: $0.text) } ?? .zero
        }
        return nil
    }

    private static func columnTotal(_ label: String, in table: BudgetTable) -> Cents? {
        let view = CodeTableView(table)
        let key = LabelMeaning.key(label)
        let column = view.labels.firstIndex { LabelMeaning.key($0) == key }
            ?? view.roles.header.nodes.sorted { ($0.level, $0.first) < ($1.level, $1.first) }
                .first { LabelMeaning.key($0.label) == key }?.first
        guard let column else { return nil }
        if case .amount(let cell) = view.total(column) { return cell.value }
        return nil
    }

    private static func codesTotal(_ codes: [String], in table: BudgetTable) -> Cents? {
        let view = CodeTableView(table)
        guard let column = view.column(.total) ?? view.amountColumns.first else { return nil }
        var sum = Cents.zero
        for code in codes {
            guard let row = view.row(code: code) else { continue }
            guard case .amount(let cell) = view.read(row, column) else { return nil }
            sum += cell.value
        }
        return sum
    }

    // MARK: By meaning

    private static func byMeaning(_ document: BudgetDocument, unit: AmountUnit?) -> KeyFigures {
        var figures = KeyFigures()
        if let table = document.tables.first(where: { $0.kind == .budgetSummary }) {
            readSummary(SummaryTableView.of(table), into: &figures)
            let convert = { (value: Cents?) in converted(value, from: table, to: unit) }
            figures.totalIncome = convert(figures.totalIncome)
            figures.carryOver = convert(figures.carryOver)
            figures.totalExpenditure = convert(figures.totalExpenditure)
            figures.incomeBySource = figures.incomeBySource.map { item in
                KeyFigures.LabelledAmount(label: item.label, amount: convert(item.amount) ?? item.amount)
            }
        }
        if let table = document.tables.first(where: { $0.kind == .expenditureSummary }) {
            let view = CodeTableView(table)
            figures.basicExpenditure = converted(total(view, .basic), from: table, to: unit)
            figures.projectExpenditure = converted(total(view, .project), from: table, to: unit)
        }
        if let table = document.tables.first(where: { $0.kind == .basicExpenditure }) {
            let view = CodeTableView(table)
            figures.personnel = converted(total(view, .personnel), from: table, to: unit)
            figures.publicFunds = converted(total(view, .publicFunds), from: table, to: unit)
        }
        if let table = document.tables.first(where: { $0.kind == .threePublicExpenditure }) {
            figures.threePublic = converted(columnTotal(table), from: table, to: unit)
        }
        if let table = document.tables.first(where: { $0.kind == .procurement }) {
            figures.procurement = converted(columnTotal(table), from: table, to: unit)
        }
        return figures
    }

    private static func readSummary(_ view: SummaryTableView, into figures: inout KeyFigures) {
        if let income = view.income {
            let section = view.section(income)
            // Top lines only: sub-lines (1.一般公共预算 under 一、财政拨款) are already in them.
            figures.incomeBySource = section.topLines.compactMap { line in
                guard !line.key.isEmpty else { return nil }
                return KeyFigures.LabelledAmount(label: line.key, amount: amount(view.read(line, income.totalColumn)))
            }
            figures.totalIncome = section.grandTotal.map { amount(view.readTotal($0, income, income.totalColumn)) }
            figures.carryOver = section.carries.first.map { amount(view.readTotal($0.top, income, income.totalColumn)) }
        }
        if let spending = view.spending {
            // Jiangsu prints 当年支出小计 across its parts, the amount at the end: readTotal finds it.
            figures.totalExpenditure = view.section(spending).currentTotal.map {
                amount(view.readTotal($0, spending, spending.totalColumn))
            }
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

extension KeyFigures {
    /// The figure a declaration names.
    subscript(figure: KeyFigureDeclaration.Figure) -> Cents? {
        get {
            switch figure {
            case .totalIncome: return totalIncome
            case .carryOver: return carryOver
            case .totalExpenditure: return totalExpenditure
            case .basicExpenditure: return basicExpenditure
            case .projectExpenditure: return projectExpenditure
            case .personnel: return personnel
            case .publicFunds: return publicFunds
            case .threePublic: return threePublic
            case .procurement: return procurement
            }
        }
        set {
            switch figure {
            case .totalIncome: totalIncome = newValue
            case .carryOver: carryOver = newValue
            case .totalExpenditure: totalExpenditure = newValue
            case .basicExpenditure: basicExpenditure = newValue
            case .projectExpenditure: projectExpenditure = newValue
            case .personnel: personnel = newValue
            case .publicFunds: publicFunds = newValue
            case .threePublic: threePublic = newValue
            case .procurement: procurement = newValue
            }
        }
    }
}
