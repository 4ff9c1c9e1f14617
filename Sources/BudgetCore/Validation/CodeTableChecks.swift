/// Identities within one table with 科目编码 rows: parents
/// equal the sum of their children, the 合计 row the sum of the 类 rows, each row's 合计 the
/// sum of its parts, and the 基本支出表's 人员经费 / 公用经费 split by 经济分类.
enum CodeTableChecks {
    static func check(_ view: CodeTableView, into recorder: inout CheckRecorder) {
        guard !view.isEmpty else { return }
        codeDefects(view, into: &recorder)
        hierarchy(view, into: &recorder)
        labelTree(view, into: &recorder)
        rowIdentities(view, into: &recorder)
        if view.table.kind == .basicExpenditure, view.amountColumns.count > 1 {
            personnelAndPublicFunds(view, into: &recorder)
        }
    }

    /// 类 = Σ款, 款 = Σ项 (and 301 = Σ301xx), in every amount column; 合计 = Σ类. A parent is
    /// checked when the table lists codes of its children's length at all, so a parent whose
    /// only child is missing is caught too.
    static func hierarchy(_ view: CodeTableView, into recorder: inout CheckRecorder) {
        let coded = view.codedRows
        let lengths = Set(coded.map(\.level))
        // The children of each code, in order: a 5- or 7-digit code under the code its first 3
        // or 5 digits make (one pass, where filtering the rows for each parent was quadratic).
        // Codes are ASCII digits, so their bytes cut them as their Characters do.
        var children: [Substring: [Int]] = [:]
        children.reserveCapacity(coded.count)
        for (index, row) in coded.enumerated() where row.level > 3 {
            children[Substring(row.code.utf8.prefix(row.level - 2)), default: []].append(index)
        }
        for parent in coded where lengths.contains(parent.level + 2) {
            let mine = children[Substring(parent.code)] ?? []
            let identity = parent.level == 3 ? "类 = Σ款" : "款 = Σ项"
            for column in view.amountColumns {
                if view.holds(parent, column, sumOf: mine.lazy.map { view.amount(coded[$0], column) }) {
                    recorder.countHeld()
                    continue
                }
                recorder.expect(view.read(parent, column), equalsSumOf: mine.map { view.read(coded[$0], column) },
                                identity: identity)
            }
        }
        guard let total = view.totalRow, let top = lengths.min() else { return }
        let classes = coded.filter { $0.level == top }
        for column in view.amountColumns {
            if view.holds(total, column, sumOf: classes.lazy.map { view.amount($0, column) }) {
                recorder.countHeld()
                continue
            }
            recorder.expect(view.read(total, column), equalsSumOf: classes.map { view.read($0, column) },
                            identity: "合计 = Σ类")
        }
    }

    /// Each row: 合计 = Σ its parts (收入总表: 合计 = 小计 + 上年结转 and 小计 = Σ本年收入).
    static func rowIdentities(_ view: CodeTableView, into recorder: inout CheckRecorder) {
        // One amount column: no row identity to check.
        guard view.amountColumns.count > 1 else { return }
        guard let total = view.column(.total) else {
            recorder.skip("合计 = Σ各列", table: view.title, reason: "no 合计 column")
            return
        }
        var parts: [Int] = []
        var subtotal: Int?
        if view.table.kind == .incomeSummary, let column = view.column(.subtotal) {
            subtotal = column
            parts = currentIncomeColumns(view, subtotal: column)
        }
        let others = view.amountColumns.filter { $0 != total && !parts.contains($0) }
        guard !others.isEmpty else { return }
        let totalIdentity = "合计 = " + others.map(view.columnName).joined(separator: " + ")
        // Named once per table (it was built for every row, held or not).
        let subtotalIdentity = parts.isEmpty ? "" : "小计 = Σ本年收入(\(parts.map(view.columnName).joined(separator: ", ")))"
        // A table without codes (a one-row 支出总表): every row.
        let rows = view.codeColumn == nil ? view.rows : (view.totalRow.map { [$0] } ?? []) + view.codedRows
        for row in rows {
            if view.holds(row, total, sumOf: others.lazy.map { view.amount(row, $0) }) {
                recorder.countHeld()
            } else {
                recorder.expect(view.read(row, total), equalsSumOf: others.map { view.read(row, $0) }, identity: totalIdentity)
            }
            if let subtotal, !parts.isEmpty {
                if view.holds(row, subtotal, sumOf: parts.lazy.map { view.amount(row, $0) }) {
                    recorder.countHeld()
                } else {
                    recorder.expect(view.read(row, subtotal), equalsSumOf: parts.map { view.read(row, $0) },
                                    identity: subtotalIdentity)
                }
            }
        }
    }

    /// The 本年收入 columns under 小计: its header group, else the run of columns after it up
    /// to 上年结转 / 合计.
    static func currentIncomeColumns(_ view: CodeTableView, subtotal: Int) -> [Int] {
        if let group = view.table.header.groups.first(where: {
            !$0.spansBothRows && $0.firstColumn <= subtotal && subtotal <= $0.lastColumn && $0.lastColumn > $0.firstColumn
        }) {
            return view.amountColumns.filter { $0 != subtotal && $0 >= group.firstColumn && $0 <= group.lastColumn }
        }
        var columns: [Int] = []
        for column in view.amountColumns where column > subtotal {
            let label = view.labels[column]
            if ColumnMeaning.carryOver.matches(label) || ColumnMeaning.total.matches(label) { break }
            columns.append(column)
        }
        return columns
    }

    /// Each code printed wrongly: one finding where it is printed, naming the reading the
    /// sums were checked with.
    static func codeDefects(_ view: CodeTableView, into recorder: inout CheckRecorder) {
        for defect in view.codeDefects {
            let cell = defect.column < defect.row.cells.count ? defect.row.cells[defect.column] : nil
            let row = view.rows.first { $0.source == defect.row }
            let label = row?.label ?? ""
            let serial = row?.serial ?? ""
            let column = view.columnName(defect.column)
            let identity = "\(defect.partName) code has \(defect.expectedDigits) digits"
            var location = [view.title]
            if !serial.isEmpty { location.append("序号\(serial)") }
            location.append(label)
            let reading = defect.readCode.isEmpty
                ? "no reading fits the rows around it, so the row is left out of the sums"
                : "read as \(defect.readPart) (科目编码 \(defect.readCode)) for the sums"
            let message = location.joined(separator: " ")
                + " 「\(column)」: \(defect.partName) code printed “\(defect.printed)”, a \(defect.partName) code has "
                + "\(defect.expectedDigits) digits; \(reading); line \(cell?.line ?? defect.row.line)"
            recorder.add(Finding(severity: .table, table: view.title, tableKind: view.table.kind, rowSerial: serial,
                                 rowCode: defect.readCode, rowLabel: label, column: column, identity: identity,
                                 expected: defect.readPart, found: defect.printed, difference: "",
                                 line: cell?.line ?? defect.row.line, message: message))
        }
    }

    /// 基本支出表: 人员经费 total = 301 + 303 rows, 公用经费 total = 302 rows (合计 column).
    static func personnelAndPublicFunds(_ view: CodeTableView, into recorder: inout CheckRecorder) {
        let identities = ["人员经费 = 301 + 303", "公用经费 = 302"]
        guard let total = view.column(.total) else { return }
        let classes = view.codedRows.filter { $0.level == 3 }
        let unexpected = Set(classes.map(\.code)).subtracting(["301", "302", "303"])
        guard unexpected.isEmpty else {
            for identity in identities {
                recorder.skip(identity, table: view.title,
                              reason: "经济分类 \(unexpected.sorted().joined(separator: ", ")) not assigned to 人员/公用经费")
            }
            return
        }
        let checks: [(ColumnMeaning, Set<String>, String)] = [
            (.personnel, ["301", "303"], identities[0]),
            (.publicFunds, ["302"], identities[1]),
        ]
        for (meaning, codes, identity) in checks {
            guard let column = view.column(meaning) else {
                recorder.skip(identity, table: view.title, reason: "no \(meaning.name) column")
                continue
            }
            recorder.expect(view.total(column),
                            equalsSumOf: classes.filter { codes.contains($0.code) }.map { view.read($0, total) },
                            identity: identity)
        }
    }
}

extension CodeTableChecks {
    /// A table listing its sources as rows, without codes (Jiangsu 收入总表: `一般公共预算资金 |
    /// 小计`, then its items under an empty first cell): each 小计 = Σ its items (`其中：` rows
    /// are parts of an item, not added), and the 总计 row = Σ 小计 rows.
    static func labelTree(_ view: CodeTableView, into recorder: inout CheckRecorder) {
        let descriptive = view.roles.descriptive
        guard view.codeColumn == nil, descriptive.count >= 2, let groupColumn = descriptive.first else { return }
        let key: (CodeTableView.Row, Int) -> String = { LabelMeaning.key(CodeTableView.text($0.source, $1)) }
        var groups: [(head: CodeTableView.Row, items: [CodeTableView.Row])] = []
        var total: CodeTableView.Row?
        for row in view.rows {
            if row.isTotal {
                total = row
            } else if descriptive.contains(where: { key(row, $0) == "小计" }) {
                groups.append((row, []))
            } else if key(row, groupColumn).isEmpty, !groups.isEmpty,
                      !descriptive.contains(where: { TextNormalizer.label(CodeTableView.text(row.source, $0)).startsWithText("其中") }) {
                groups[groups.count - 1].items.append(row)
            }
        }
        guard !groups.isEmpty else { return }
        for column in view.amountColumns {
            for group in groups where !group.items.isEmpty {
                recorder.expect(view.read(group.head, column), equalsSumOf: group.items.map { view.read($0, column) },
                                identity: "\(key(group.head, groupColumn)) 小计 = Σ其下各项")
            }
            if let total {
                recorder.expect(view.read(total, column), equalsSumOf: groups.map { view.read($0.head, column) },
                                identity: "\(LabelMeaning.key(total.label.isEmpty ? "合计" : total.label)) = Σ小计")
            }
        }
    }
}
