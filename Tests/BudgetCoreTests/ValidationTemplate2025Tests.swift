import Testing
@testable import BudgetCore

/// Another year's template: the 2025 收支总表 has 5 income lines ending `五、单位资金`, 31
/// spending lines ending `三十一、人行科目` (34 rows) and ASCII colons in the meta row. The
/// validator finds its rows by label meaning, not position.
@Suite struct ValidationTemplate2025Tests {
    struct Summary2025 {
        var unitFunds = ""
        var socialSecurity = "11230.07"
        var currentIncome = "15407.98"
        var grandIncome = "15415.77"
        var currentSpending = "15415.77"
        var grandSpending = "15415.77"

        var lines: [String] {
            let income = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入",
                          "四、财政专户管理资金收入", "五、单位资金"]
            let incomeAmounts = ["15407.98", "", "", "", unitFunds]
            let spending = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
                            "文化旅游体育与传媒支出", "社会保障和就业支出", "社会保险基金支出", "卫生健康支出", "节能环保支出",
                            "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出",
                            "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出",
                            "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费", "其他支出", "转移性支出", "债务还本支出",
                            "债务付息支出", "债务发行费用支出", "抗疫特别国债安排的支出", "人行科目"]
            let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
            func chinese(_ n: Int) -> String {
                if n <= 10 { return numerals[n - 1] }
                if n < 20 { return "十" + numerals[n - 11] }
                let tens = numerals[n / 10 - 1] + "十"
                return n % 10 == 0 ? tens : tens + numerals[n % 10 - 1]
            }
            let spendingAmounts = [8: socialSecurity, 10: "103.41", 13: "3961.91", 20: "120.38"]
            var lines = ["部门预算收支总表", "\t316平乡县人力资源和社会保障局", "\t预算年度:2025", "\t单位:万元", "",
                         "\t序号", "\t收入", "\t支出", "", "\t", "\t项 目", "\t预算数", "\t项 目", "\t预算数", "",
                         "\t栏次", "\t1", "\t2", "\t3", "\t4", ""]
            for index in 0..<31 {
                lines += ["\t\(index + 1)", "\t" + (index < 5 ? income[index] : ""),
                          "\t" + (index < 5 ? incomeAmounts[index] : ""),
                          "\t\(chinese(index + 1))、\(spending[index])", "\t" + (spendingAmounts[index + 1] ?? ""), ""]
            }
            lines += ["\t32", "\t本年收入合计", "\t" + currentIncome, "\t本年支出合计", "\t" + currentSpending, ""]
            lines += ["\t33", "\t上年结转结余", "\t7.79", "\t年终结转结余", "\t", ""]
            lines += ["\t34", "\t收入总计", "\t" + grandIncome, "\t支出总计", "\t" + grandSpending, ""]
            return lines
        }
    }

    /// The sample with its 收支总表 replaced.
    static func sample(with summary: Summary2025) throws -> EditableSample {
        var sample = try EditableSample.load()
        let next = try #require(sample.document.tables.dropFirst().first?.titleLine)
        sample.lines = summary.lines + Array(sample.lines.dropFirst(next - 1))
        return sample
    }

    @Test func consistent2025SummaryValidates() throws {
        let sample = try Self.sample(with: Summary2025())
        let table = try sample.table(.budgetSummary)
        #expect(table.dataRows.count == 34)
        #expect(table.meta?.texts.contains("预算年度:2025") == true)
        let report = sample.report
        #expect(report.tableFindings.isEmpty)
        #expect(report.skipped.isEmpty)
        #expect(report.narrativeFindings.map { [$0.found, $0.expected] } == [["15385.49", "15415.77"]])
    }

    @Test func unitFundsOutsideTheTotalIsFound() throws {
        let sample = try Self.sample(with: Summary2025(unitFunds: "20.00"))
        let report = sample.report
        let total = try sample.cell(.budgetSummary, row: "本年收入合计", column: "预算数")
        #expect(report.tableFindingSummary == [
            ExpectedFinding(.budgetSummary, label: "本年收入合计", column: "预算数",
                            identity: "本年收入合计 = Σ收入项目", expected: "15427.98", found: "15407.98"),
        ])
        #expect(report.tableFindings.count == 1)
        #expect(report.tableFindings.first?.line == total.line)
        #expect(report.tableFindings.first?.rowSerial == "32")
    }

    /// Consistent within itself (单位资金 20.00 carried through every total) but not with the
    /// other tables: only the cross-table identities fail.
    @Test func selfConsistent2025SummaryDisagreesWithTheOtherTables() throws {
        let summary = Summary2025(unitFunds: "20.00", socialSecurity: "11250.07", currentIncome: "15427.98",
                                  grandIncome: "15435.77", currentSpending: "15435.77", grandSpending: "15435.77")
        let report = try Self.sample(with: summary).report
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.budgetSummary, label: "本年收入合计", column: "预算数",
                            identity: "收支总表 本年收入合计 = 收入总表 小计", expected: "15407.98", found: "15427.98"),
            ExpectedFinding(.budgetSummary, label: "收入总计", column: "预算数",
                            identity: "收支总表 收入总计 = 收入总表 合计", expected: "15415.77", found: "15435.77"),
            ExpectedFinding(.budgetSummary, label: "本年支出合计", column: "预算数",
                            identity: "收支总表 本年支出合计 = 支出总表 合计", expected: "15415.77", found: "15435.77"),
            ExpectedFinding(.budgetSummary, label: "八、社会保障和就业支出", column: "预算数",
                            identity: "收支总表 支出类 = 支出总表 类", expected: "11230.07", found: "11250.07"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
        #expect(report.narrativeFindings.map(\.expected) == ["15435.77"])
    }
}
