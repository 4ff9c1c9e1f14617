import Testing
@testable import BudgetCore

/// Changes in 财政拨款收支总表 and 基本支出表 that the sample-wide tests do not make.
@Suite struct ValidationFiscalAndBasicTests {
    @Test func carryOverSubLineChanged() throws {
        var sample = try EditableSample.load()
        let table = try sample.table(.fiscalGrantSummary)
        // Row 33: the 一、一般公共预算拨款 sub-line under 年初财政拨款结转和结余 (its label also
        // names income line 1, so find it by 序号).
        let row = try #require(table.dataRows.first { $0.cells.first?.text == "33" })
        let cell = try #require(row.cells.count > 2 ? row.cells[2] : nil)
        #expect(cell.text == "7.79")
        sample.set(cell, to: "7.80")
        let report = sample.report
        #expect(report.tableFindingSummary == [
            ExpectedFinding(.fiscalGrantSummary, label: "年初财政拨款结转和结余", column: "金额",
                            identity: "年初财政拨款结转和结余 = Σ其下各项", expected: "7.80", found: "7.79"),
        ])
        #expect(report.tableFindings.count == 1)
    }

    @Test func generalBudgetColumnChangedInFiscalSummary() throws {
        var sample = try EditableSample.load()
        let cell = try sample.cell(.fiscalGrantSummary, row: "八、社会保障和就业支出", column: "一般公共预算财政拨款")
        #expect(cell.text == "11230.07")
        sample.set(cell, to: "11231.07")
        let report = sample.report
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.fiscalGrantSummary, label: "八、社会保障和就业支出", column: "合计",
                            identity: "合计 = 一般公共预算 + 政府性基金 + 国有资本经营", expected: "11231.07", found: "11230.07"),
            ExpectedFinding(.fiscalGrantSummary, label: "本年支出合计", column: "一般公共预算财政拨款",
                            identity: "本年支出合计 = Σ支出项目", expected: "15416.77", found: "15415.77"),
            ExpectedFinding(.fiscalGrantSummary, label: "八、社会保障和就业支出", column: "一般公共预算财政拨款",
                            identity: "财政拨款收支总表 一般公共预算 类 = 一般公共预算支出表 类",
                            expected: "11230.07", found: "11231.07"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
    }

    /// The 政府性基金支出表 is empty: a 政府性基金 amount in 财政拨款收支总表 contradicts it.
    @Test func governmentFundAmountAgainstEmptyTable() throws {
        var sample = try EditableSample.load()
        let cell = try sample.cell(.fiscalGrantSummary, row: "十、卫生健康支出", column: "政府性基金预算财政拨款")
        #expect(cell.text == "")
        sample.set(cell, to: "5.00")
        let report = sample.report
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.fiscalGrantSummary, label: "十、卫生健康支出", column: "合计",
                            identity: "合计 = 一般公共预算 + 政府性基金 + 国有资本经营", expected: "108.41", found: "103.41"),
            ExpectedFinding(.fiscalGrantSummary, label: "本年支出合计", column: "政府性基金预算财政拨款",
                            identity: "本年支出合计 = Σ支出项目", expected: "5.00", found: "0.00"),
            ExpectedFinding(.fiscalGrantSummary, label: "十、卫生健康支出", column: "政府性基金预算财政拨款",
                            identity: "财政拨款收支总表 政府性基金 类 = 政府性基金支出表 类", expected: "0.00", found: "5.00"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
    }

    @Test func personalSubsidyClassChanged() throws {
        var sample = try EditableSample.load()
        let cell = try sample.cell(.basicExpenditure, row: "303", column: "合计")
        #expect(cell.text == "2.25")
        sample.set(cell, to: "2.35")
        let report = sample.report
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.basicExpenditure, code: "303", label: "对个人和家庭的补助", column: "合计",
                            identity: "合计 = 人员经费 + 公用经费", expected: "2.25", found: "2.35"),
            ExpectedFinding(.basicExpenditure, code: "303", label: "对个人和家庭的补助", column: "合计",
                            identity: "类 = Σ款", expected: "2.25", found: "2.35"),
            ExpectedFinding(.basicExpenditure, label: "合计", column: "合计",
                            identity: "合计 = Σ类", expected: "1594.69", found: "1594.59"),
            ExpectedFinding(.basicExpenditure, label: "合计", column: "人员经费",
                            identity: "人员经费 = 301 + 303", expected: "1526.58", found: "1526.48"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
    }

    @Test func nonNumericCellIsSkippedNotFailed() throws {
        var sample = try EditableSample.load()
        let cell = try sample.cell(.basicExpenditure, row: "30205", column: "公用经费")
        #expect(cell.text == "0.05")
        sample.set(cell, to: "见附表")
        let report = sample.report
        #expect(report.tableFindings.isEmpty)
        #expect(!report.skipped.isEmpty)
        #expect(report.skipped.allSatisfy { $0.reason.contains("见附表") && $0.reason.contains("line \(cell.line)") })
        #expect(report.skipped.map(\.identity).sorted() == ["合计 = 人员经费 + 公用经费", "类 = Σ款"].sorted())
    }
}
