/// The tables (and 情况说明 paragraphs) of one department, as DepartmentSplitter draws the
/// line between departments (the pipeline validates one department at a time; a document
/// handed in whole is split the same way).
struct DepartmentGroup {
    var tables: [BudgetTable] = []
    var paragraphs: [Paragraph] = []

    /// The first table of a kind.
    func table(_ kind: TableKind) -> BudgetTable? { tables.first { $0.kind == kind } }

    static func groups(of document: BudgetDocument) -> [DepartmentGroup] {
        DepartmentSplitter.split(document).map {
            DepartmentGroup(tables: $0.document.tables, paragraphs: $0.document.narrative)
        }
    }
}
