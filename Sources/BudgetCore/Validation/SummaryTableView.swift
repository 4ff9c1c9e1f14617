/// A two-sided summary table (收支总表, 财政拨款收支总表): an income side and a spending side,
/// each of one or more parts (a label column and its amount columns: Jiangsu prints the
/// spending side as 功能分类 and 支出用途 side by side), read as sections by label meaning: the
/// lines (numbered 一、 with sub-lines 1. under them), the 本年…合计 row, the carry-over rows
/// (with their numbered sub-lines) and the …总计 row.
struct SummaryTableView {
    struct Part {
        var labelColumn: Int
        var amountColumns: [Int]
        /// The 合计 column, or the first amount column.
        var totalColumn: Int
    }

    struct Side {
        /// "收入" or "支出".
        var name: String
        var parts: [Part]
        var labelColumn: Int { parts[0].labelColumn }
        var amountColumns: [Int] { parts[0].amountColumns }
        var totalColumn: Int { parts[0].totalColumn }
        var allAmountColumns: [Int] { parts.flatMap(\.amountColumns) }
    }

    struct Line {
        var source: SourceRow
        var label: String
        var key: String
        /// 0 for 一、 and unnumbered lines, 1 for （一）, 2 for 1. ; sub-lines sum into the line above.
        var depth: Int = 0
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

        /// The row the lines add up to: 本年…合计, else …总计 when nothing is carried over.
        var linesTotal: Line? { currentTotal ?? (carries.isEmpty ? grandTotal : nil) }

        /// Lines at the top level (sub-lines left out).
        var topLines: [Line] {
            let top = lines.map(\.depth).min() ?? 0
            return lines.filter { $0.depth == top }
        }

        /// Each line with sub-lines right under it (deeper numbering).
        var parentLines: [(parent: Line, children: [Line])] {
            var result: [(Line, [Line])] = []
            for (index, line) in lines.enumerated() {
                var children: [Line] = []
                var next = index + 1
                while next < lines.count, lines[next].depth > line.depth {
                    if children.isEmpty || lines[next].depth == children[0].depth { children.append(lines[next]) }
                    next += 1
                }
                if !children.isEmpty { result.append((line, children)) }
            }
            return result
        }
    }

    let table: BudgetTable
    let labels: [String]
    /// Labels without whitespace, computed once: every finding and read names its column.
    let columnNames: [String]
    let serialColumn: Int?
    let income: Side?
    let spending: Side?
    /// Every part's section, read once: the checks, the key figures and the layout ask for
    /// them many times. Keyed by side name and label column.
    private var sections: [String: Section] = [:]

    /// The reading the table remembers (`BudgetTable.rememberingReadings`), or one made now.
    static func of(_ table: BudgetTable) -> SummaryTableView {
        table.knownSummary?.view ?? SummaryTableView(table)
    }

    init(_ table: BudgetTable) {
        self.table = table
        let roles = ColumnRoles.of(table)
        let width = roles.labels.count
        let labels = roles.labels
        self.labels = labels
        columnNames = labels.map(TextNormalizer.compact)
        let serialColumn = labels.firstIndex { LabelMeaning.key($0).equalsText("序号") }
        self.serialColumn = serialColumn

        var sides: [(name: String, columns: [Int])] = []
        for node in roles.header.nodes.sorted(by: { ($0.level, $0.first) < ($1.level, $1.first) })
        where node.first < node.last && node.last < width {
            let key = LabelMeaning.key(node.label)
            let name = key.containsText(literal: "收入") ? "收入" : (key.containsText(literal: "支出") ? "支出" : "")
            guard !name.isEmpty, !sides.contains(where: { $0.name == name }) else { continue }
            sides.append((name, Array(node.first...node.last).filter { $0 != serialColumn }))
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
        let textColumns = roles.isDescriptive
        income = sides.first { $0.name == "收入" }.flatMap {
            Self.side(named: "收入", columns: $0.columns, labels: labels, textColumns: textColumns)
        }
        spending = sides.first { $0.name == "支出" }.flatMap {
            Self.side(named: "支出", columns: $0.columns, labels: labels, textColumns: textColumns)
        }
        for side in [income, spending].compactMap({ $0 }) {
            for part in side.parts { sections[Self.sectionKey(side, part)] = readSection(side, part) }
        }
    }

    private static func sectionKey(_ side: Side, _ part: Part) -> String { "\(side.name)/\(part.labelColumn)" }

    private static func isItemLabel(_ label: String) -> Bool {
        let key = LabelMeaning.key(label)
        return ["项目", "收入项目", "支出项目", "科目", "收入", "支出"].contains(where: key.equalsText) || key.endsWithText("名称")
    }

    /// A side's parts: each label column with the amount columns up to the next label column.
    private static func side(named name: String, columns: [Int], labels: [String], textColumns: [Bool]) -> Side? {
        let isLabel: (Int) -> Bool = { column in
            isItemLabel(labels[column])
                || (column < textColumns.count && textColumns[column] && !ColumnMeaning.total.matches(labels[column]))
        }
        var parts: [Part] = []
        var current: (label: Int, amounts: [Int])?
        for column in columns {
            if isLabel(column) {
                if let current, !current.amounts.isEmpty { parts.append(part(current.label, current.amounts, labels)) }
                current = (column, [])
            } else if current != nil {
                current?.amounts.append(column)
            } else {
                current = (column, [])
            }
        }
        if let current, !current.amounts.isEmpty { parts.append(part(current.label, current.amounts, labels)) }
        return parts.isEmpty ? nil : Side(name: name, parts: parts)
    }

    private static func part(_ label: Int, _ amounts: [Int], _ labels: [String]) -> Part {
        Part(labelColumn: label, amountColumns: amounts,
             totalColumn: amounts.first { ColumnMeaning.total.matches(labels[$0]) } ?? amounts[0])
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

    func section(_ side: Side) -> Section { section(side, side.parts[0]) }

    /// Reads the rows of one part of a side as a section. Total and carry-over rows are told by
    /// the side's first label column (their label spans the parts in print).
    func section(_ side: Side, _ part: Part) -> Section {
        sections[Self.sectionKey(side, part)] ?? readSection(side, part)
    }

    private func readSection(_ side: Side, _ part: Part) -> Section {
        enum State { case lines, carries, done }
        var section = Section()
        var state = State.lines
        for source in table.dataRows {
            let sideLabel = CodeTableView.text(source, side.labelColumn)
            let sideKey = LabelMeaning.key(sideLabel)
            let label = CodeTableView.text(source, part.labelColumn)
            let key = LabelMeaning.key(label)
            let hasContent = !key.isEmpty || part.amountColumns.contains { !CodeTableView.text(source, $0).isEmpty }
            switch state {
            case .lines:
                if Self.isCurrentTotal(sideKey) {
                    section.currentTotal = Line(source: source, label: sideLabel, key: sideKey)
                    state = .carries
                } else if Self.isGrandTotal(sideKey, side: side.name) {
                    section.grandTotal = Line(source: source, label: sideLabel, key: sideKey)
                    state = .done
                } else if hasContent {
                    section.lines.append(Line(source: source, label: label, key: key, depth: Self.depth(label)))
                }
            case .carries:
                let line = Line(source: source, label: sideLabel, key: sideKey)
                if Self.isGrandTotal(sideKey, side: side.name) {
                    section.grandTotal = line
                    state = .done
                } else if sideKey.isEmpty && !side.allAmountColumns.contains(where: { !CodeTableView.text(source, $0).isEmpty }) {
                    continue
                } else if LabelMeaning.isNumbered(sideLabel), let last = section.carries.indices.last {
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

    /// 一、 (and unnumbered) 0, （一） 1, 1. / 1、 2.
    static func depth(_ label: String) -> Int {
        let text = TextNormalizer.label(label)
        guard LabelMeaning.isNumbered(label) || text.first?.isASCIIDigit == true, let first = text.first else { return 0 }
        if first == "（" || first == "(" { return 1 }
        if first.isASCIIDigit { return 2 }
        return 0
    }

    /// 本年收入合计, 本年支出合计, 当年收入小计 (also …小计).
    static func isCurrentTotal(_ key: String) -> Bool {
        (key.startsWithText("本年") || key.startsWithText("当年")) && (key.endsWithText("合计") || key.endsWithText("小计"))
    }

    /// 收入总计, 支出总计 (收入合计, 支出合计 where there is no 总计).
    static func isGrandTotal(_ key: String, side: String = "") -> Bool {
        key.endsWithText("总计") || (!side.isEmpty && (key.equalsText(side + "合计") || key.equalsText("合计")))
    }

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

    /// A total row's value for a part: its own cell, or, when that is empty and the side holds
    /// one amount in that row (a label printed across the parts, its amount at the end), that one.
    func readTotal(_ line: Line, _ side: Side, _ column: Int) -> CellRead {
        if CodeTableView.text(line.source, column).isEmpty {
            let filled = side.allAmountColumns.filter { !CodeTableView.text(line.source, $0).isEmpty }
            if filled.count == 1, let only = filled.first { return read(line, only) }
        }
        return read(line, column)
    }

    /// Where a line that is absent from this table would be named.
    func absentPlace(label: String, column: Int) -> CellPlace {
        CellPlace(table: table.title, kind: table.kind, serial: "", code: "", label: label,
                  column: columnName(column), line: table.titleLine)
    }
}
