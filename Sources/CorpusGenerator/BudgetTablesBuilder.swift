import BudgetCore

/// The 9 budget tables of one department, in the official order, from its numbers. Every
/// identity of docs/identities.md holds because each figure is written from the same sums.
struct BudgetTablesBuilder {
    let budget: DepartmentBudget

    private var zeros: Bool { budget.writesZeros }
    private func money(_ cents: Int64) -> String { Amount.cell(cents, zeros: zeros) }

    var meta: [String] {
        let colon = budget.layout == .y2025 ? ":" : "："
        return [budget.unit, "预算年度\(colon)\(budget.year)", "单位\(colon)万元"]
    }

    func tables() -> [TablePlan] {
        [budgetSummary(), incomeSummary(), expenditureSummary(), fiscalGrantSummary(), generalBudget(), basic(),
         emptyFunctionTable(HeaderTemplates.Titles.governmentFund, kind: .governmentFundExpenditure,
                            note: HeaderTemplates.Notes.emptyGovernmentFund),
         emptyFunctionTable(HeaderTemplates.Titles.stateCapital, kind: .stateCapitalExpenditure,
                            note: HeaderTemplates.Notes.emptyStateCapital),
         threePublic()]
    }

    /// 类 amount of the spending line with this name (0 when the department has no such 类).
    private func classTotal(named name: String) -> Int64 {
        budget.functionLines.first { $0.subject.code.count == 3 && $0.subject.name == name }?.total ?? 0
    }

    func budgetSummary() -> TablePlan {
        let income = budget.summaryIncomeLines
        let spending = SummaryLines.spending(layout: budget.layout)
        let total = budget.functionTotal
        var rows: [[String]] = []
        for index in 0..<max(income.count, spending.count) {
            var row = ["\(index + 1)", "", "", "", ""]
            if index < income.count {
                row[1] = SummaryLines.numbered(index, income[index].label)
                row[2] = money(income[index].amount)
            }
            if index < spending.count {
                row[3] = SummaryLines.numbered(index, spending[index])
                row[4] = money(classTotal(named: spending[index]))
            }
            rows.append(row)
        }
        let n = rows.count
        rows.append(["\(n + 1)", "本年收入合计", money(total.current), "本年支出合计", money(total.total)])
        rows.append(["\(n + 2)", "上年结转结余", money(total.carryOver), "年终结转结余", money(0)])
        rows.append(["\(n + 3)", "收入总计", money(total.total), "支出总计", money(total.total)])
        return TablePlan(title: HeaderTemplates.Titles.budgetSummary, kind: .budgetSummary, meta: meta,
                         headerRows: HeaderTemplates.budgetSummary(budget.layout), indexRow: HeaderTemplates.indexRow(columns: 5),
                         dataRows: rows)
    }

    private func codeRows(_ columns: (FunctionLine) -> [Int64]) -> [[String]] {
        var rows = [["1", "", "合计"] + columns(budget.functionTotal).map(money)]
        for (index, line) in budget.functionLines.enumerated() {
            rows.append(["\(index + 2)", line.subject.code, line.subject.name] + columns(line).map(money))
        }
        return rows
    }

    func incomeSummary() -> TablePlan {
        TablePlan(title: HeaderTemplates.Titles.incomeSummary, kind: .incomeSummary, meta: meta,
                  headerRows: HeaderTemplates.incomeSummary, indexRow: HeaderTemplates.indexRow(columns: 13),
                  dataRows: codeRows { [$0.total, $0.current] + $0.sources + [$0.carryOver] })
    }

    func expenditureSummary() -> TablePlan {
        TablePlan(title: HeaderTemplates.Titles.expenditureSummary, kind: .expenditureSummary, meta: meta,
                  headerRows: HeaderTemplates.expenditureSummary, indexRow: HeaderTemplates.indexRow(columns: 9),
                  dataRows: codeRows { [$0.total, $0.basic, $0.project, 0, 0, 0] })
    }

    /// All current 财政拨款 is 一般公共预算; whatever else the department spends shows as
    /// 年初财政拨款结转和结余, so 收入总计 = 支出总计 and the 一般公共预算 column equals the
    /// 一般公共预算支出表 (which lists every code with its full 合计, as docs/identities.md requires).
    func fiscalGrantSummary() -> TablePlan {
        let spending = SummaryLines.spending(layout: budget.layout)
        let incomeLabels = ["一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"]
        let total = budget.functionTotal
        let fiscal = total.sources[IncomeSource.fiscalGrant.rawValue]
        let carried = total.total - fiscal
        var rows: [[String]] = []
        for index in 0..<max(incomeLabels.count, spending.count) {
            var row = ["\(index + 1)", "", "", "", "", "", "", ""]
            if index < incomeLabels.count {
                row[1] = SummaryLines.numbered(index, incomeLabels[index])
                row[2] = money(index == 0 ? fiscal : 0)
            }
            if index < spending.count {
                let amount = classTotal(named: spending[index])
                row[3] = SummaryLines.numbered(index, spending[index])
                row[4] = money(amount)
                row[5] = money(amount)
                row[6] = money(0)
                row[7] = money(0)
            }
            rows.append(row)
        }
        var n = rows.count
        func add(_ cells: [String]) {
            n += 1
            rows.append(["\(n)"] + cells)
        }
        let spent = total.total
        add(["本年收入合计", money(fiscal), "本年支出合计", money(spent), money(spent), money(0), money(0)])
        add(["年初财政拨款结转和结余", money(carried), "年末财政拨款结转和结余", money(0), money(0), money(0), money(0)])
        add(["一、一般公共预算拨款", money(carried), "", "", "", "", ""])
        add(["二、政府性基金预算拨款", money(0), "", "", "", "", ""])
        add(["三、国有资本经营预算拨款", money(0), "", "", "", "", ""])
        add(["收入总计", money(fiscal + carried), "支出总计", money(spent), money(spent), money(0), money(0)])
        return TablePlan(title: HeaderTemplates.Titles.fiscalGrantSummary, kind: .fiscalGrantSummary, meta: meta,
                         headerRows: HeaderTemplates.fiscalGrantSummary(budget.layout),
                         indexRow: HeaderTemplates.indexRow(columns: 8), dataRows: rows)
    }

    func generalBudget() -> TablePlan {
        TablePlan(title: HeaderTemplates.Titles.generalBudget, kind: .generalBudgetExpenditure, meta: meta,
                  headerRows: HeaderTemplates.functionExpenditure, indexRow: HeaderTemplates.indexRow(columns: 6),
                  dataRows: codeRows { [$0.total, $0.basic, $0.project] })
    }

    func basic() -> TablePlan {
        let personnel = budget.personnel, publicFunds = budget.publicFunds
        var rows = [["1", "", "合计", money(personnel + publicFunds), money(personnel), money(publicFunds)]]
        for (index, line) in budget.economicLines.enumerated() {
            rows.append(["\(index + 2)", line.subject.code, line.subject.name,
                         money(line.total), money(line.personnel), money(line.publicFunds)])
        }
        return TablePlan(title: HeaderTemplates.Titles.basic, kind: .basicExpenditure, meta: meta,
                         headerRows: HeaderTemplates.basicExpenditure, indexRow: HeaderTemplates.indexRow(columns: 6),
                         dataRows: rows)
    }

    func emptyFunctionTable(_ title: String, kind: TableKind, note: String) -> TablePlan {
        TablePlan(title: title, kind: kind, meta: meta, headerRows: HeaderTemplates.functionExpenditure,
                  indexRow: HeaderTemplates.indexRow(columns: 6), dataRows: [Array(repeating: "", count: 6)],
                  notes: [note])
    }

    func threePublic() -> TablePlan {
        var plan = TablePlan(title: HeaderTemplates.Titles.threePublic, kind: .threePublicExpenditure, meta: meta,
                             headerRows: HeaderTemplates.threePublic, indexRow: HeaderTemplates.indexRow(columns: 6),
                             dataRows: [Array(repeating: "", count: 6)], notes: [HeaderTemplates.Notes.emptyThreePublic])
        guard let funds = budget.threePublic else { return plan }
        let lines: [(String, Int64)] = [
            ("合计", funds.total), ("1、因公出国（境）费", funds.abroad), ("2、公务接待费", funds.reception),
            ("3、公务用车购置及运行费", funds.vehicles), ("其中：（1）公务用车购置费", funds.vehiclePurchase),
            ("（2）公务用车运行费", funds.vehicleOperation),
        ]
        plan.dataRows = lines.enumerated().map { index, line in
            ["\(index + 1)", line.0, money(line.1), money(line.1), money(0), money(0)]
        }
        plan.notes = []
        return plan
    }
}
