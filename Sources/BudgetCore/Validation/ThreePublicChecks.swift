/// The “三公”经费 table (with 会议费, 培训费 or 机关运行经费 beside it in some provinces): in every
/// row, a 合计 or 小计 column equals the sum of its sibling columns under the same header
/// label (“三公”经费 小计 = 因公出国 + 公务用车 + 公务接待; 公务用车 小计 = 购置 + 运行维护;
/// 合计 = “三公” + 会议费 + 培训费), a group counting as its own 小计. Read from the header
/// tree, so it holds for any arrangement of the columns.
enum ThreePublicChecks {
    static func check(_ table: BudgetTable, into recorder: inout CheckRecorder) {
        let roles = ColumnRoles.of(table)
        let header = roles.header
        let rows = table.dataRows.filter { row in
            roles.amounts.contains { !CodeTableView.text(row, $0).isEmpty }
        }
        guard !rows.isEmpty else { return }
        guard header.consistent, !header.nodes.isEmpty else {
            recorder.skip("“三公”经费 合计 = Σ各项", table: table.title, reason: "header rows do not fit the N-level rule")
            return
        }
        var groups: [(total: Int, parts: [(column: Int, name: String)])] = []
        func visit(_ parent: HeaderColumns.Node?) {
            let children = header.children(of: parent)
            let totals = children.filter { $0.isLeaf && isTotal($0.label) }
            if totals.count == 1, let total = totals.first {
                let parts = children.filter { $0.first != total.first }.compactMap { node -> (Int, String)? in
                    value(of: node).map { ($0, TextNormalizer.compact(node.label)) }
                }
                if !parts.isEmpty, parts.count == children.count - 1 { groups.append((total.first, parts)) }
            }
            for child in children where !child.isLeaf { visit(child) }
        }
        /// The column holding a header node's amount: its own, or its 小计/合计 child's.
        func value(of node: HeaderColumns.Node) -> Int? {
            if node.isLeaf { return roles.amounts.contains(node.first) ? node.first : nil }
            return header.children(of: node).first { $0.isLeaf && isTotal($0.label) }?.first
        }
        visit(nil)
        guard !groups.isEmpty else {
            recorder.skip("“三公”经费 合计 = Σ各项", table: table.title, reason: "no 合计 or 小计 column in the header")
            return
        }
        for row in rows {
            for group in groups {
                let name = columnName(roles, group.total)
                let identity = name + " = " + group.parts.map(\.name).joined(separator: " + ")
                recorder.expect(read(table, roles, row, group.total),
                                equalsSumOf: group.parts.map { read(table, roles, row, $0.column) }, identity: identity)
            }
        }
    }

    static func isTotal(_ label: String) -> Bool {
        let key = LabelMeaning.key(label)
        return key == "合计" || key == "小计" || key == "总计"
    }

    /// A column's name: its label, a 小计 with the label above it (公务用车购置及运行费 小计).
    static func columnName(_ roles: ColumnRoles, _ column: Int) -> String {
        let path = roles.header.paths[column]
        let isSubtotal = LabelMeaning.key(path.last ?? "") == "小计"
        return path.suffix(isSubtotal && path.count > 1 ? 2 : 1).map(TextNormalizer.compact).joined(separator: " ")
    }

    static func read(_ table: BudgetTable, _ roles: ColumnRoles, _ row: SourceRow, _ column: Int) -> CellRead {
        let text = CodeTableView.text(row, column)
        let line = column < row.cells.count ? row.cells[column].line : row.line
        // The row's name (项目), where the table has one.
        let label = roles.descriptive.lazy.filter { $0 != roles.serial }
            .map { CodeTableView.text(row, $0) }.first { !$0.isEmpty } ?? ""
        let serial = roles.serial.map { CodeTableView.text(row, $0) } ?? ""
        let place = CellPlace(table: table.title, kind: table.kind, serial: serial, code: "", label: label,
                              column: columnName(roles, column), line: line)
        guard let value = Cents(parsing: text) else { return .unreadable(text: text, place: place) }
        return .amount(AmountCell(value: value, place: place))
    }
}
