/// Checks the arithmetic of a recognised export (identities.md): within each budget table,
/// across the tables of each department, and the 情况说明 figures against the tables. It only
/// reports; it never changes the document.
public enum BudgetValidator {
    public static func validate(_ document: BudgetDocument) -> ValidationReport {
        var recorder = CheckRecorder()
        for group in DepartmentGroup.groups(of: document) {
            validate(group, into: &recorder)
        }
        let findings = recorder.findings.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.severity == .table ? 0 : 1, lhs.element.line, lhs.offset)
            let right = (rhs.element.severity == .table ? 0 : 1, rhs.element.line, rhs.offset)
            return left < right
        }.map(\.element)
        return ValidationReport(findings: findings, skipped: recorder.skipped)
    }

    static func validate(_ group: DepartmentGroup, into recorder: inout CheckRecorder) {
        let code: (TableKind) -> CodeTableView? = { kind in group.table(kind).map(CodeTableView.init) }
        let summary: (TableKind) -> SummaryTableView? = { kind in group.table(kind).map(SummaryTableView.init) }
        let tables = CrossTableChecks.Tables(
            budget: summary(.budgetSummary), income: code(.incomeSummary), expenditure: code(.expenditureSummary),
            fiscal: summary(.fiscalGrantSummary), general: code(.generalBudgetExpenditure),
            basic: code(.basicExpenditure), fund: code(.governmentFundExpenditure),
            capital: code(.stateCapitalExpenditure))
        // Nothing to check in a group without any budget table (e.g. only 绩效目标表).
        guard group.tables.contains(where: { $0.kind.isBudgetTable }) else { return }

        for view in [tables.budget, tables.fiscal].compactMap({ $0 }) {
            SummaryTableChecks.check(view, into: &recorder)
        }
        for view in [tables.income, tables.expenditure, tables.general, tables.basic, tables.fund, tables.capital]
            .compactMap({ $0 }) {
            CodeTableChecks.check(view, into: &recorder)
        }
        CrossTableChecks.check(tables, into: &recorder)
        NarrativeChecks.check(group.paragraphs, budget: tables.budget, basic: tables.basic, into: &recorder)
    }
}
