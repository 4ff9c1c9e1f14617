/// Several departments exported into one file, one after another. The one rule for where a
/// department starts (convert, validate, verify and the roll-up all go through it): a table
/// whose meta row names another unit, or a budget table that the current department already
/// has (or a new 收支总表 after budget tables), as when a 部门预算 is followed by the 单位预算
/// of the same unit or the meta rows name no unit at all.
/// A department owns the source lines from its first table's title to the next department's;
/// narrative paragraphs go with the department whose lines hold them.
public enum DepartmentSplitter {
    public struct Department: Sendable {
        public var document: BudgetDocument
        public var lines: ClosedRange<Int>
    }

    public static func split(_ document: BudgetDocument) -> [Department] {
        var groups: [[BudgetTable]] = []
        var currentUnit: String?
        for table in document.tables {
            let unit = table.meta.flatMap(unitText)
            if let current = groups.last, !current.isEmpty,
               startsNewDepartment(table, unit: unit, currentUnit: currentUnit, current: current) {
                groups.append([])
                currentUnit = nil
            }
            if groups.isEmpty { groups.append([]) }
            if let unit { currentUnit = unit }
            groups[groups.count - 1].append(table)
        }
        let lastLine = max(document.lineCount, 1)
        guard groups.count > 1 else { return [Department(document: document, lines: 1...lastLine)] }

        let starts = groups.enumerated().map { index, tables in index == 0 ? 1 : (tables.first?.titleLine ?? 1) }
        var narratives = Array(repeating: [Paragraph](), count: groups.count)
        for paragraph in document.narrative {
            let index = starts.lastIndex { $0 <= paragraph.line } ?? 0
            narratives[index].append(paragraph)
        }
        return groups.indices.map { index in
            let end = index + 1 < starts.count ? max(starts[index + 1] - 1, starts[index]) : max(lastLine, starts[index])
            let part = BudgetDocument(tables: groups[index], narrative: narratives[index], encoding: document.encoding,
                                      warnings: index == 0 ? document.warnings : [], lineCount: document.lineCount)
            return Department(document: part, lines: starts[index]...end)
        }
    }

    static func startsNewDepartment(_ table: BudgetTable, unit: String?, currentUnit: String?, current: [BudgetTable]) -> Bool {
        if let unit, let currentUnit, unit != currentUnit { return true }
        guard table.kind.isBudgetTable, current.contains(where: { $0.kind.isBudgetTable }) else { return false }
        return table.kind == .budgetSummary || current.contains { $0.kind == table.kind }
    }

    static func unitText(_ meta: SourceRow) -> String? {
        meta.cells.first { MetaRowPlacer.slot(of: $0.text) == .left && !$0.isEmpty }?.text
    }
}
