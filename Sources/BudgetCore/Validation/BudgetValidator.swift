/// Checks the arithmetic of a recognised export: within each budget table,
/// across the tables of each department, and the 情况说明 figures against the tables. It only
/// reports; it never changes the document. Tables are found by kind, or by the meaning of
/// their title when the catalog does not know them; columns by their header labels and cells.
public enum BudgetValidator {
    public static func validate(_ document: BudgetDocument) -> ValidationReport {
        var recorder = CheckRecorder()
        var typed = document
        typed.tables = document.tables.map { table in
            var table = table
            if table.kind == .unknown { table.kind = TableRole.of(table).kind }
            return table
        }
        for group in DepartmentGroup.groups(of: typed) {
            validate(group, into: &recorder)
        }
        let findings = recorder.findings.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.severity == .table ? 0 : 1, lhs.element.line, lhs.offset)
            let right = (rhs.element.severity == .table ? 0 : 1, rhs.element.line, rhs.offset)
            return left < right
        }.map(\.element)
        return ValidationReport(findings: findings, skipped: recorder.skipped, checksRun: recorder.checksRun)
    }

    static func validate(_ group: DepartmentGroup, into recorder: inout CheckRecorder) {
        let byRole: (TableRole) -> BudgetTable? = { role in group.tables.first { TableRole.of($0) == role } }
        let code: (TableRole) -> CodeTableView? = { role in byRole(role).map(CodeTableView.init) }
        let summary: (TableRole) -> SummaryTableView? = { role in byRole(role).map(SummaryTableView.of) }
        let tables = CrossTableChecks.Tables(
            budget: summary(.budgetSummary), income: code(.incomeSummary), expenditure: code(.expenditureSummary),
            fiscal: summary(.fiscalGrantSummary), general: code(.generalBudgetExpenditure),
            basic: code(.basicExpenditure), fund: code(.governmentFundExpenditure),
            capital: code(.stateCapitalExpenditure), fiscalExpenditure: code(.fiscalExpenditure),
            fiscalBasic: code(.fiscalBasicExpenditure), operatingCost: code(.operatingCost))
        // Nothing to check in a group without any budget table (e.g. only 绩效目标表).
        guard group.tables.contains(where: { $0.kind.isBudgetTable || TableRole.of($0).isCodeTable }) else { return }

        for view in [tables.budget, tables.fiscal].compactMap({ $0 }) {
            SummaryTableChecks.check(view, into: &recorder)
        }
        for view in tables.codeTables {
            CodeTableChecks.check(view, into: &recorder)
        }
        for table in group.tables where TableRole.of(table) == .threePublic {
            ThreePublicChecks.check(table, into: &recorder)
        }
        for table in group.tables where TableRole.of(table) != .other {
            EmptyTableNoteChecks.check(table, into: &recorder)
        }
        CrossTableChecks.check(tables, into: &recorder)
        NarrativeChecks.check(group.paragraphs, budget: tables.budget, basic: tables.basic, into: &recorder)
    }
}
