/// A two-sided summary table (收支总表, 财政拨款收支总表): an income side and a spending side,
/// each a label column and its amount columns, read as sections by label meaning: the lines,
/// the 本年…合计 row, the carry-over rows (with their numbered sub-lines) and the …总计 row.
struct SummaryTableView {
    struct Side {
        /// "收入" or "支出".
        var name: String
        var labelColumn: Int
        var amountColumns: [Int]
        /// The 合计 column, or the only amount column.
        var totalColumn: Int
    }

    struct Line {
        var source: SourceRow
        var label: String
        var key: String
    }

    struct Carry {
        var top: Line
        var children: [Line]
    }

    struct Section {
        /// Rows above 本年收入合计 / 本年支出合计.
        var lines: [Line] = []
        var currentTotal: Line?
        /// Rows between 本年…合计 and …总计: un-numbered rows, each with the numbered rows under it.
        var carries: [Carry] = []
        var grandTotal: Line?

        var allLines: [Line] {
            lines + (currentTotal.map { [$0] } ?? []) + carries.flatMap { [$0.top] + $0.children }
                + (grandTotal.map { [$0] } ?? [])
        }
    }

    let table: BudgetTable
    let labels: [String]
    /// Labels without whitespace, computed once: every finding and read names its column.
    let columnNames: [String]
    let serialColumn: Int?
    let income: Side?
    let spending: Side?

    init(_ table: BudgetTable) {
        self.table = table
        let (width, labels) = ValidationLabels.padded(table)
        self.labels = labels
        columnNames = labels.map(TextNormalizer.compact)
        serialColumn = labels.firstIndex { LabelMeaning.key($0) == "序号" }

        var sides: [(name: String, columns: [Int])] = []
        let groups = table.header.groups.filter {
            !$0.spansBothRows && $0.firstColumn >= 0 && $0.firstColumn <= $0.lastColumn && $0.lastColumn < width
        }
        for group in groups {
            let key = LabelMeaning.key(group.cell.text)
            if key.hasPrefix("收入") || key.hasPrefix("支出") {
                sides.append((String(key.prefix(2)), Array(group.firstColumn...group.lastColumn)))
            }
        }
        if sides.count != 2 {
            // No usable groups: split at the descriptive 项目 columns.
            let labelColumns = (0..<width).filter { Self.isItemLabel(labels[$0]) }
            sides = []
            if labelColumns.count >= 2 {
                let first = labelColumns[0], second = labelColumns[1]
                sides = [("收入", Array(first..<second)), ("支出", Array(second..<width))]
            }
        }
        income = sides.first { $0.name == "收入" }.flatMap { Self.side(named: "收入", columns: $0.columns, labels: labels) }
        spending = sides.first { $0.name == "支出" }.flatMap { Self.side(named: "支出", columns: $0.columns, labels: labels) }
    }

    private static func isItemLabel(_ label: String) -> Bool {
        ["项目", "收入项目", "支出项目", "科目", "收入", "支出"].contains(LabelMeaning.key(label))
    }

    private static func side(named name: String, columns: [Int], labels: [String]) -> Side? {
        guard let labelColumn = columns.first(where: { isItemLabel(labels[$0]) }) ?? columns.first else { return nil }
        let amounts = columns.filter { $0 != labelColumn }
        guard let first = amounts.first else { return nil }
        let total = amounts.first { ColumnMeaning.total.matches(labels[$0]) } ?? first
        return Side(name: name, labelColumn: labelColumn, amountColumns: amounts, totalColumn: total)
    }

    var title: String { table.title }

    func columnName(_ column: Int) -> String {
        column >= 0 && column < columnNames.count ? columnNames[column] : ""
    }

    /// Short name of a column for identities: its meaning when known, else its label.
    func shortName(_ column: Int) -> String {
        let label = column >= 0 && column < labels.count ? labels[column] : ""
        for meaning in [ColumnMeaning.total, .generalBudget, .governmentFund, .stateCapital] where meaning.matches(label) {
            return meaning.name
        }
        return columnName(column)
    }

    /// Reads the rows of one side as a section.
    func section(_ side: Side) -> Section {
        enum State { case lines, carries, done }
        var section = Section()
        var state = State.lines
        for source in table.dataRows {
            let label = CodeTableView.text(source, side.labelColumn)
            let key = LabelMeaning.key(label)
            let hasContent = !key.isEmpty || side.amountColumns.contains { !CodeTableView.text(source, $0).isEmpty }
            guard hasContent else { continue }
            let line = Line(source: source, label: label, key: key)
            switch state {
            case .lines:
                if Self.isCurrentTotal(key) {
                    section.currentTotal = line
                    state = .carries
                } else if Self.isGrandTotal(key) {
                    section.grandTotal = line
                    state = .done
                } else {
                    section.lines.append(line)
                }
            case .carries:
                if Self.isGrandTotal(key) {
                    section.grandTotal = line
                    state = .done
                } else if LabelMeaning.isNumbered(label), let last = section.carries.indices.last {
                    section.carries[last].children.append(line)
                } else {
                    section.carries.append(Carry(top: line, children: []))
                }
            case .done:
                break
            }
        }
        return section
    }

    /// 本年收入合计, 本年支出合计 (also …小计).
    static func isCurrentTotal(_ key: String) -> Bool {
        key.hasPrefix("本年") && (key.hasSuffix("合计") || key.hasSuffix("小计"))
    }

    /// 收入总计, 支出总计.
    static func isGrandTotal(_ key: String) -> Bool { key.hasSuffix("总计") }

    func place(_ line: Line, _ column: Int) -> CellPlace {
        let line2 = column >= 0 && column < line.source.cells.count ? line.source.cells[column].line : line.source.line
        return CellPlace(table: table.title, kind: table.kind,
                         serial: serialColumn.map { CodeTableView.text(line.source, $0) } ?? "",
                         code: "", label: line.label, column: columnName(column), line: line2)
    }

    func read(_ line: Line, _ column: Int) -> CellRead {
        let text = CodeTableView.text(line.source, column)
        let place = place(line, column)
        guard let value = Cents(parsing: text) else { return .unreadable(text: text, place: place) }
        return .amount(AmountCell(value: value, place: place))
    }

    /// Where a line that is absent from this table would be named.
    func absentPlace(label: String, column: Int) -> CellPlace {
        CellPlace(table: table.title, kind: table.kind, serial: "", code: "", label: label,
                  column: columnName(column), line: table.titleLine)
    }
}
