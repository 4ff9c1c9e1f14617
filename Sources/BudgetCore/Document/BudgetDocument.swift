/// One export, recognised: its tables in document order and its narrative paragraphs.
public struct BudgetDocument: Sendable {
    public var tables: [BudgetTable]
    public var narrative: [Paragraph]
    public var encoding: SourceEncoding
    public var warnings: [ConversionWarning]
    /// The line count of the export.
    public var lineCount: Int
    /// The template family the document was read with (`hebei-county-2022`, …).
    public var family: String?

    /// Unit (code + name) and year from the first meta row that names them. The unit is
    /// stored without a printed prefix (`部门：江苏省政协办公厅` → `江苏省政协办公厅`).
    public var unit: String? {
        for table in tables {
            if let cell = table.meta?.cells.first(where: { MetaRowPlacer.slot(of: $0.text) == .left && !$0.isEmpty }) {
                let name = TitleRules.unitName(cell.text)
                return name.isEmpty ? cell.text : name
            }
        }
        return nil
    }

    /// The unit amounts are given in (元, 万元, 千元), from the first meta row that states it.
    public var amountUnit: AmountUnit? {
        tables.lazy.compactMap(\.amountUnit).first
    }

    /// How many 元 one amount of this document is (万元: 10,000); 1 when no unit is stated.
    public var scale: Int { amountUnit?.scale ?? 1 }

    public var year: String? {
        for table in tables {
            for cell in table.meta?.cells ?? [] where MetaRowPlacer.slot(of: cell.text) == .center {
                let digits = cell.text.filter { $0.isASCII && $0.isNumber }
                if digits.count == 4 { return digits }
            }
        }
        // No 预算年度 cell: a year printed before a title (`2024年部门收入预算总表`).
        for table in tables {
            let title = TextNormalizer.compact(table.title)
            let digits = title.prefix { $0.isASCII && $0.isNumber }
            if digits.count == 4, title.dropFirst(4).hasPrefix("年") { return String(digits) }
        }
        return nil
    }

    /// All warnings, the document's and each table's, by line.
    public var allWarnings: [ConversionWarning] {
        (warnings + tables.flatMap(\.warnings)).sorted { $0.line < $1.line }
    }
}
