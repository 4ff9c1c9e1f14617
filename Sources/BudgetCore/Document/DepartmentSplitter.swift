/// Several departments exported into one file, one after another: a new department starts
/// where a meta row names another unit. Narrative paragraphs go with the department whose
/// tables they follow (or precede, for the first).
public enum DepartmentSplitter {
    public static func split(_ document: BudgetDocument) -> [BudgetDocument] {
        var groups: [[BudgetTable]] = []
        var currentUnit: String?
        for table in document.tables {
            let unit = table.meta.flatMap(unitText)
            if let unit, let current = currentUnit, unit != current, !(groups.last?.isEmpty ?? true) {
                groups.append([])
            }
            if groups.isEmpty { groups.append([]) }
            if let unit { currentUnit = unit }
            groups[groups.count - 1].append(table)
        }
        guard groups.count > 1 else { return [document] }

        let starts = groups.map { $0.first?.titleLine ?? 0 }
        var narratives = Array(repeating: [Paragraph](), count: groups.count)
        for paragraph in document.narrative {
            let index = starts.lastIndex { $0 <= paragraph.line } ?? 0
            narratives[index].append(paragraph)
        }
        return zip(groups, narratives).map { tables, narrative in
            BudgetDocument(tables: tables, narrative: narrative, encoding: document.encoding,
                           warnings: document.warnings, lineCount: document.lineCount)
        }
    }

    static func unitText(_ meta: SourceRow) -> String? {
        meta.cells.first { MetaRowPlacer.slot(of: $0.text) == .left && !$0.isEmpty }?.text
    }
}
