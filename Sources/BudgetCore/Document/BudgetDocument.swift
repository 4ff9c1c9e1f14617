/// One export, recognised: its tables in document order and its narrative paragraphs.
public struct BudgetDocument: Sendable {
    public var tables: [BudgetTable]
    public var narrative: [Paragraph]
    public var encoding: SourceEncoding
    public var warnings: [ConversionWarning]
    /// The line count of the export.
    public var lineCount: Int

    /// Unit (code + name) and year from the first meta row that names them.
    public var unit: String? {
        for table in tables {
            if let cell = table.meta?.cells.first(where: { MetaRowPlacer.slot(of: $0.text) == .left && !$0.isEmpty }) {
                return cell.text
            }
        }
        return nil
    }

    public var year: String? {
        for table in tables {
            for cell in table.meta?.cells ?? [] where MetaRowPlacer.slot(of: cell.text) == .center {
                let digits = cell.text.filter { $0.isASCII && $0.isNumber }
                if digits.count == 4 { return digits }
            }
        }
        return nil
    }

    /// All warnings, the document's and each table's, by line.
    public var allWarnings: [ConversionWarning] {
        (warnings + tables.flatMap(\.warnings)).sorted { $0.line < $1.line }
    }
}
