/// Identities within a two-sided summary table (收支总表, 财政拨款收支总表): 本年…合计 = Σ lines,
/// …总计 = 本年…合计 + carry-over rows, a carry-over row = Σ its numbered sub-lines, each
/// spending row's 合计 = Σ its fund columns, and 收入总计 = 支出总计.
enum SummaryTableChecks {
    static func check(_ view: SummaryTableView, into recorder: inout CheckRecorder) {
        guard let income = view.income, let spending = view.spending else {
            recorder.skip("收入总计 = 支出总计", table: view.title, reason: "income and spending sides not found in the header")
            return
        }
        let incomeSection = view.section(income)
        let spendingSection = view.section(spending)
        checkSide(view, income, incomeSection, into: &recorder)
        checkSide(view, spending, spendingSection, into: &recorder)
        guard let incomeTotal = incomeSection.grandTotal, let spendingTotal = spendingSection.grandTotal else {
            recorder.skip("收入总计 = 支出总计", table: view.title, reason: "收入总计 or 支出总计 row not found")
            return
        }
        recorder.expect(view.read(incomeTotal, income.totalColumn),
                        equals: view.read(spendingTotal, spending.totalColumn), identity: "收入总计 = 支出总计")
    }

    static func checkSide(_ view: SummaryTableView, _ side: SummaryTableView.Side, _ section: SummaryTableView.Section,
                          into recorder: inout CheckRecorder) {
        let current = "本年\(side.name)合计"
        if let total = section.currentTotal {
            for column in side.amountColumns {
                recorder.expect(view.read(total, column), equalsSumOf: section.lines.map { view.read($0, column) },
                                identity: "\(total.key) = Σ\(side.name)项目")
            }
        } else {
            recorder.skip("\(current) = Σ\(side.name)项目", table: view.title, reason: "\(current) row not found")
        }
        if let grand = section.grandTotal, let total = section.currentTotal {
            let identity = ([grand.key + " = " + total.key] + section.carries.map(\.top.key)).joined(separator: " + ")
            for column in side.amountColumns {
                recorder.expect(view.read(grand, column),
                                equalsSumOf: [view.read(total, column)] + section.carries.map { view.read($0.top, column) },
                                identity: identity)
            }
        } else {
            recorder.skip("\(side.name)总计 = \(current) + 结转结余", table: view.title,
                          reason: "\(section.grandTotal == nil ? "\(side.name)总计" : current) row not found")
        }
        for carry in section.carries where !carry.children.isEmpty {
            for column in side.amountColumns {
                recorder.expect(view.read(carry.top, column), equalsSumOf: carry.children.map { view.read($0, column) },
                                identity: "\(carry.top.key) = Σ其下各项")
            }
        }
        let parts = side.amountColumns.filter { $0 != side.totalColumn }
        guard !parts.isEmpty else { return }
        let identity = view.shortName(side.totalColumn) + " = " + parts.map(view.shortName).joined(separator: " + ")
        for line in section.allLines {
            recorder.expect(view.read(line, side.totalColumn), equalsSumOf: parts.map { view.read(line, $0) },
                            identity: identity)
        }
    }
}
