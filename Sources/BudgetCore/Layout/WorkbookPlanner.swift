import SpreadsheetModel

/// BudgetDocument → WorkbookLayout: one sheet per table in document order, then 情况说明.
public enum WorkbookPlanner {
    public static func plan(_ document: BudgetDocument, sourceName: String) -> WorkbookLayout {
        var namer = SheetNamer()
        var sheets: [SheetLayout] = []
        for (index, table) in document.tables.enumerated() {
            sheets.append(TableSheetBuilder.layout(for: table, name: namer.name(for: table, position: index + 1)))
        }
        if !document.narrative.isEmpty {
            sheets.append(NarrativeSheetBuilder.layout(for: document.narrative,
                                                       name: namer.unique(NarrativeSheetBuilder.sheetName)))
        }
        return WorkbookLayout(sheets: sheets, properties: properties(of: document, sourceName: sourceName))
    }

    static func properties(of document: BudgetDocument, sourceName: String) -> DocumentProperties {
        let unit = document.unit ?? ""
        let year = document.year ?? ""
        let name = unitName(unit)
        let title = [year.isEmpty ? "" : year + "年", name, "部门预算"].joined()
        var properties = DocumentProperties(
            title: title, subject: "部门预算公开", company: name,
            keywords: ["部门预算", year, unit].filter { !$0.isEmpty }.joined(separator: ", "),
            comments: "由 budget2xlsx 从 \(sourceName) 转换", unit: unit, year: year,
            created: DocumentProperties.fixedCreationTime(year: year))
        properties.amountUnit = document.amountUnit?.rawValue ?? ""
        return properties
    }

    /// The budget unit's name without its numeric code (`316平乡县…` → `平乡县…`).
    static func unitName(_ unit: String) -> String {
        String(unit.drop { $0.isASCII && $0.isNumber })
    }
}
