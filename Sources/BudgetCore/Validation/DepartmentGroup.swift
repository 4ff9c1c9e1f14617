/// The tables (and 情况说明 paragraphs) of one department. An export can hold several
/// departments one after another: a new 收支总表, or a budget table whose kind the current
/// department already has, starts the next one.
struct DepartmentGroup {
    var tables: [BudgetTable] = []
    var paragraphs: [Paragraph] = []

    /// The first table of a kind.
    func table(_ kind: TableKind) -> BudgetTable? { tables.first { $0.kind == kind } }

    var firstLine: Int { tables.first?.titleLine ?? 0 }

    static func groups(of document: BudgetDocument) -> [DepartmentGroup] {
        var groups: [DepartmentGroup] = []
        var current = DepartmentGroup()
        for table in document.tables {
            let kinds = Set(current.tables.map(\.kind))
            let startsNext = table.kind.isBudgetTable && kinds.contains { $0.isBudgetTable }
                && (table.kind == .budgetSummary || kinds.contains(table.kind))
            if startsNext {
                groups.append(current)
                current = DepartmentGroup()
            }
            current.tables.append(table)
        }
        if !current.tables.isEmpty || groups.isEmpty { groups.append(current) }
        // Each paragraph goes to the last department that starts before it.
        for paragraph in document.narrative {
            let index = groups.lastIndex { $0.firstLine <= paragraph.line } ?? 0
            if index < groups.count { groups[index].paragraphs.append(paragraph) }
        }
        return groups
    }
}
