import Testing
import TestSupport
@testable import BudgetCore

/// Another year's template: the 2025 收支总表 has 5 income lines ending `五、单位资金`, 31
/// spending lines ending `三十一、人行科目` (34 rows) and ASCII colons in the meta row. The
/// validator finds its rows by label meaning, not position.
@Suite struct ValidationTemplate2025Tests {
    typealias Summary2025 = BudgetSummary2025

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
