/// Identities within a two-sided summary table (收支总表, 财政拨款收支总表): 本年…合计 = Σ lines
/// (…总计 = Σ lines where nothing is carried over), a line = Σ its numbered sub-lines,
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
        checkSide(view, income, into: &recorder)
        checkSide(view, spending, into: &recorder)
        guard let incomeTotal = incomeSection.grandTotal, let spendingTotal = spendingSection.grandTotal else {
            recorder.skip("收入总计 = 支出总计", table: view.title, reason: "收入总计 or 支出总计 row not found")
            return
        }
        recorder.expect(view.readTotal(incomeTotal, income, income.totalColumn),
                        equals: view.readTotal(spendingTotal, spending, spending.totalColumn), identity: "收入总计 = 支出总计")
    }

    static func checkSide(_ view: SummaryTableView, _ side: SummaryTableView.Side, into recorder: inout CheckRecorder) {
        for (index, part) in side.parts.enumerated() {
            checkPart(view, side, part, first: index == 0, into: &recorder)
        }
    }

    static func checkPart(_ view: SummaryTableView, _ side: SummaryTableView.Side, _ part: SummaryTableView.Part,
                          first: Bool, into recorder: inout CheckRecorder) {
        let section = view.section(side, part)
        let current = "本年\(side.name)合计"
        if let total = section.linesTotal {
            for column in part.amountColumns {
                recorder.expect(view.readTotal(total, side, column), equalsSumOf: section.topLines.map { view.read($0, column) },
                                identity: "\(total.key) = Σ\(side.name)项目")
            }
        } else if first {
            recorder.skip("\(current) = Σ\(side.name)项目", table: view.title, reason: "\(current) row not found")
        }
        for (parent, children) in section.parentLines {
            for column in part.amountColumns {
                recorder.expect(view.read(parent, column), equalsSumOf: children.map { view.read($0, column) },
                                identity: "\(parent.key) = Σ其下各项")
            }
        }
        guard first else { return }
        if let grand = section.grandTotal, let total = section.currentTotal {
            let identity = ([grand.key + " = " + total.key] + section.carries.map(\.top.key)).joined(separator: " + ")
            for column in part.amountColumns {
                recorder.expect(view.readTotal(grand, side, column),
                                equalsSumOf: [view.readTotal(total, side, column)]
                                    + section.carries.map { view.readTotal($0.top, side, column) },
                                identity: identity)
            }
        } else if section.grandTotal == nil || !section.carries.isEmpty {
            recorder.skip("\(side.name)总计 = \(current) + 结转结余", table: view.title,
                          reason: "\(section.grandTotal == nil ? "\(side.name)总计" : current) row not found")
        }
        for carry in section.carries where !carry.children.isEmpty {
            for column in part.amountColumns {
                recorder.expect(view.read(carry.top, column), equalsSumOf: carry.children.map { view.read($0, column) },
                                identity: "\(carry.top.key) = Σ其下各项")
            }
        }
        let parts = part.amountColumns.filter { $0 != part.totalColumn }
        guard !parts.isEmpty else { return }
        let identity = view.shortName(part.totalColumn) + " = " + parts.map(view.shortName).joined(separator: " + ")
        for line in section.allLines {
            recorder.expect(view.read(line, part.totalColumn), equalsSumOf: parts.map { view.read(line, $0) },
                            identity: identity)
        }
    }
}
