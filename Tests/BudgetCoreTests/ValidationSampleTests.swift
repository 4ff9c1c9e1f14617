import Testing
@testable import BudgetCore

/// The validator on the sample and on the sample changed in one place: exactly the findings
/// the change implies, no more.
@Suite struct ValidationSampleTests {
    static let narrativeIdentity = "情况说明 部门全年预算数 = 收支总表 收入总计"
    static let perCodeExpenditure = "支出总表 合计 per code = 收入总表 合计 per code"
    static let perCodeGeneral = "一般公共预算支出表 合计 per code = 收入总表 合计 per code"

    @Test func sampleHasOnlyTheNarrativeFinding() throws {
        let report = try EditableSample.load().report
        #expect(!report.hasTableFindings)
        #expect(report.tableFindings.isEmpty)
        #expect(report.skipped.isEmpty)
        #expect(report.findings.count == 1)
        let finding = try #require(report.narrativeFindings.first)
        #expect(finding.severity == .narrative)
        #expect(finding.found == "15385.49")
        #expect(finding.expected == "15415.77")
        #expect(finding.difference == "-30.28")
        #expect(finding.line == 2075)
        #expect(finding.identity == Self.narrativeIdentity)
        #expect(finding.rowLabel == "部门全年预算数")
        #expect(finding.message.contains("15385.49") && finding.message.contains("15415.77"))
    }

    /// The narrative finding is still there, unchanged, after a change to the tables that
    /// does not touch 收入总计 (its line moves when lines were removed above it).
    func expectSameNarrative(_ report: ValidationReport) {
        #expect(report.narrativeFindings.count == 1)
        #expect(report.narrativeFindings.first.map { [$0.found, $0.expected, $0.identity] }
                == ["15385.49", "15415.77", Self.narrativeIdentity])
    }

    @Test func leafAmountChangedInIncomeSummary() throws {
        var sample = try EditableSample.load()
        let cell = try sample.cell(.incomeSummary, row: "2080102", column: "合计")
        #expect(cell.text == "5.95")
        sample.set(cell, to: "6.95")
        let report = sample.report
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.incomeSummary, code: "2080102", label: "一般行政管理事务", column: "合计",
                            identity: "合计 = 小计 + 上年结转", expected: "5.95", found: "6.95"),
            ExpectedFinding(.incomeSummary, code: "20801", label: "人力资源和社会保障管理事务", column: "合计",
                            identity: "款 = Σ项", expected: "1326.51", found: "1325.51"),
            ExpectedFinding(.expenditureSummary, code: "2080102", label: "一般行政管理事务", column: "合计",
                            identity: Self.perCodeExpenditure, expected: "6.95", found: "5.95"),
            ExpectedFinding(.generalBudgetExpenditure, code: "2080102", label: "一般行政管理事务", column: "合计",
                            identity: Self.perCodeGeneral, expected: "6.95", found: "5.95"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
        let own = try #require(report.tableFindings.first { $0.identity == "合计 = 小计 + 上年结转" })
        #expect(own.line == cell.line)
        #expect(own.rowSerial == "5")
        #expect(own.difference == "1.00")
        #expect(report.skipped.isEmpty)
        expectSameNarrative(report)
    }

    @Test func classTotalChangedInExpenditureSummary() throws {
        var sample = try EditableSample.load()
        let cell = try sample.cell(.expenditureSummary, row: "210", column: "合计")
        #expect(cell.text == "103.41")
        sample.set(cell, to: "104.41")
        let report = sample.report
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.expenditureSummary, code: "210", label: "卫生健康支出", column: "合计",
                            identity: "合计 = 基本支出 + 项目支出 + 经营支出 + 上解上级支出 + 对附属单位补助支出",
                            expected: "103.41", found: "104.41"),
            ExpectedFinding(.expenditureSummary, code: "210", label: "卫生健康支出", column: "合计",
                            identity: "类 = Σ款", expected: "103.41", found: "104.41"),
            ExpectedFinding(.expenditureSummary, label: "合计", column: "合计",
                            identity: "合计 = Σ类", expected: "15416.77", found: "15415.77"),
            ExpectedFinding(.expenditureSummary, code: "210", label: "卫生健康支出", column: "合计",
                            identity: Self.perCodeExpenditure, expected: "103.41", found: "104.41"),
            ExpectedFinding(.budgetSummary, label: "十、卫生健康支出", column: "预算数",
                            identity: "收支总表 支出类 = 支出总表 类", expected: "104.41", found: "103.41"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
        #expect(report.skipped.isEmpty)
        expectSameNarrative(report)
    }

    @Test func grandIncomeTotalChangedInBudgetSummary() throws {
        var sample = try EditableSample.load()
        let cell = try sample.cell(.budgetSummary, row: "收入总计", column: "预算数")
        #expect(cell.text == "15415.77")
        sample.set(cell, to: "15416.77")
        let report = sample.report
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.budgetSummary, label: "收入总计", column: "预算数",
                            identity: "收入总计 = 本年收入合计 + 上年结转结余", expected: "15415.77", found: "15416.77"),
            ExpectedFinding(.budgetSummary, label: "收入总计", column: "预算数",
                            identity: "收入总计 = 支出总计", expected: "15415.77", found: "15416.77"),
            ExpectedFinding(.budgetSummary, label: "收入总计", column: "预算数",
                            identity: "收支总表 收入总计 = 收入总表 合计", expected: "15415.77", found: "15416.77"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
        #expect(report.tableFindings.allSatisfy { $0.line == cell.line && $0.rowSerial == "33" })
        // The narrative is compared with the (changed) 收入总计.
        #expect(report.narrativeFindings.map(\.expected) == ["15416.77"])
        #expect(report.narrativeFindings.map(\.found) == ["15385.49"])
        #expect(report.skipped.isEmpty)
    }

    @Test func basicExpenditureTotalChangedOnlyInBasicTable() throws {
        var sample = try EditableSample.load()
        let cell = try sample.cell(.basicExpenditure, row: "合计", column: "合计")
        #expect(cell.text == "1594.59")
        sample.set(cell, to: "1595.59")
        let report = sample.report
        // Cross-table: 一般公共预算支出表 基本支出 no longer equals 基本支出表 合计. Within
        // 基本支出表 the changed cell must break both identities it takes part in: its row
        // (合计 = 人员经费 + 公用经费) and its column (合计 = Σ类). 人员经费 = 301 + 303 and
        // 公用经费 = 302 read other cells and still hold.
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.generalBudgetExpenditure, label: "合计", column: "基本支出",
                            identity: "一般公共预算支出表 基本支出 = 基本支出表 合计", expected: "1595.59", found: "1594.59"),
            ExpectedFinding(.basicExpenditure, label: "合计", column: "合计",
                            identity: "合计 = 人员经费 + 公用经费", expected: "1594.59", found: "1595.59"),
            ExpectedFinding(.basicExpenditure, label: "合计", column: "合计",
                            identity: "合计 = Σ类", expected: "1594.59", found: "1595.59"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
        #expect(report.skipped.isEmpty)
        expectSameNarrative(report)
    }

    @Test func itemRowRemovedFromGeneralBudgetTable() throws {
        var sample = try EditableSample.load()
        let generalTitleLine = try sample.table(.generalBudgetExpenditure).titleLine
        try sample.remove(try sample.row(.generalBudgetExpenditure, "2080102"))
        #expect(try sample.table(.generalBudgetExpenditure).dataRows.count == 33)
        let report = sample.report
        let expected: Set<ExpectedFinding> = [
            ExpectedFinding(.generalBudgetExpenditure, code: "20801", label: "人力资源和社会保障管理事务", column: "合计",
                            identity: "款 = Σ项", expected: "1319.56", found: "1325.51"),
            ExpectedFinding(.generalBudgetExpenditure, code: "20801", label: "人力资源和社会保障管理事务", column: "项目支出",
                            identity: "款 = Σ项", expected: "88.43", found: "94.38"),
            ExpectedFinding(.generalBudgetExpenditure, code: "2080102", label: "一般行政管理事务", column: "合计",
                            identity: Self.perCodeGeneral, expected: "5.95", found: "0.00"),
        ]
        #expect(report.tableFindings.count == expected.count)
        #expect(report.tableFindingSummary == expected)
        let missing = try #require(report.tableFindings.first { $0.rowCode == "2080102" })
        #expect(missing.line == generalTitleLine)
        #expect(missing.message.contains("not listed"))
        #expect(report.skipped.isEmpty)
        expectSameNarrative(report)
    }

    @Test(arguments: [
        (TableKind.basicExpenditure, ["一般公共预算支出表 基本支出 = 基本支出表 合计", "情况说明 人员经费/公用经费 = 基本支出表"]),
        (TableKind.incomeSummary, ["收支总表 收入总计 = 收入总表 合计", "收支总表 本年收入合计 = 收入总表 小计",
                                   "收支总表 上年结转结余 = 收入总表 上年结转", "财政拨款收支总表 本年收入合计 = 收入总表 财政拨款收入",
                                   perCodeExpenditure, perCodeGeneral]),
        (TableKind.governmentFundExpenditure, ["财政拨款收支总表 政府性基金 本年支出合计 = 政府性基金支出表 合计",
                                               "财政拨款收支总表 政府性基金 类 = 政府性基金支出表 类"]),
        (TableKind.expenditureSummary, ["收支总表 本年支出合计 = 支出总表 合计", "收支总表 支出类 = 支出总表 类",
                                        perCodeExpenditure]),
    ])
    func wholeTableRemoved(kind: TableKind, skippedIdentities: [String]) throws {
        var sample = try EditableSample.load()
        try sample.remove(kind)
        #expect(!sample.document.tables.contains { $0.kind == kind })
        let report = sample.report
        #expect(report.tableFindings.isEmpty)
        #expect(report.skipped.map(\.identity) == skippedIdentities)
        #expect(report.skipped.allSatisfy { $0.reason.contains("absent") })
        expectSameNarrative(report)
    }

    @Test func budgetSummaryRemovedSkipsTheNarrativeCheck() throws {
        var sample = try EditableSample.load()
        try sample.remove(.budgetSummary)
        let report = sample.report
        #expect(report.findings.isEmpty)
        #expect(report.skipped.map(\.identity) == [
            "收支总表 收入总计 = 收入总表 合计", "收支总表 本年收入合计 = 收入总表 小计", "收支总表 上年结转结余 = 收入总表 上年结转",
            "收支总表 本年支出合计 = 支出总表 合计", "收支总表 支出类 = 支出总表 类",
            "情况说明 全年预算数 = 收支总表 收入总计",
        ])
    }

    @Test func twoDepartmentsAreValidatedSeparately() throws {
        let sample = try EditableSample.load()
        var second = sample
        let cell = try second.cell(.incomeSummary, row: "2080102", column: "财政拨款收入")
        second.set(cell, to: "6.95")
        let offset = sample.lines.count - 1   // the sample ends with a line end
        let combined = EditableSample(lines: Array(sample.lines.dropLast()) + second.lines)
        let report = combined.report
        #expect(report.narrativeFindings.map(\.line) == [2075, 2075 + offset])
        // 小计 = Σ本年收入 in the row, 款 = Σ项 in the column: both in the second department only.
        #expect(report.tableFindings.count == 2)
        #expect(report.tableFindings.allSatisfy { $0.line > offset })
        #expect(Set(report.tableFindings.map(\.identity)) == ["款 = Σ项", "小计 = Σ本年收入(财政拨款收入, 财政专户收入, 事业收入, 经营收入, 上级补助收入, 附属单位上缴收入, 其他收入)"])
        #expect(report.skipped.isEmpty)
    }
}
