import SpreadsheetModel

/// A table with its parts told apart: meta row, text rows above the grid, header rows, 栏次
/// row and data rows (re-joined), with its header rebuilt.
public struct BudgetTable: Sendable {
    public var title: String
    public var titleLine: Int
    public var kind: TableKind { didSet { forgetReadings() } }
    public var template: TemplateEntry?
    /// Unit, 预算年度, 单位/截止时间, verbatim.
    public var meta: SourceRow?
    /// Key–value rows above the grid (`绩效目标 | text`).
    public var preambleRows: [SourceRow] { didSet { forgetReadings() } }
    public var headerRows: [SourceRow] { didSet { forgetReadings() } }
    public var header: HeaderLayout { didSet { forgetReadings() } }
    /// The `栏次 1 2 …` row.
    public var indexRow: SourceRow?
    public var dataRows: [SourceRow] { didSet { forgetReadings() } }
    public var notes: [Paragraph]
    /// Number of columns: the length of the last header row (and of the 栏次 row).
    public var width: Int { didSet { forgetReadings() } }
    public var warnings: [ConversionWarning]
    /// The label line printed above the title (`公开01表`, `表一`), kept on the sheet.
    public var label: Paragraph?
    /// What each column means, from the family's catalog entry (nil: read off the labels).
    public var columnMeanings: [CatalogColumn]?
    /// How amounts are shown: a fixed Excel format (the Hebei template's `#,##0.00`), or nil
    /// to show them as printed (separators and decimals of the source).
    public var amountFormat: String? = NumberStyle.amount.rawValue
    /// Merges among the data rows, rows relative to the first data row: the explicit spans of
    /// a structured source (HTML, Word). The text shape has none.
    public var bodyMerges: [GridRange] = []
    /// The column roles, read once per table (`rememberingReadings`) rather than by each of the
    /// layout, key-figure and validation steps that ask; a change to anything they are read
    /// from forgets them.
    var knownRoles: ColumnRoles?
    /// A two-sided summary table's sides and sections, read once likewise (the layout's label
    /// spans, the key figures and the validator each read them). Boxed: the view holds the table.
    var knownSummary: RememberedSummary?

    /// The same table with its column roles (and, for a 收支总表 or 财政拨款收支总表, its
    /// summary reading) read and kept.
    func rememberingReadings() -> BudgetTable {
        var table = self
        table.knownRoles = ColumnRoles(self)
        if kind == .budgetSummary || kind == .fiscalGrantSummary {
            table.knownSummary = RememberedSummary(view: SummaryTableView(table))
        }
        return table
    }

    private mutating func forgetReadings() {
        knownRoles = nil
        knownSummary = nil
    }

    /// Every row in reading order, as written to the sheet (meta first).
    public var allRows: [SourceRow] {
        (meta.map { [$0] } ?? []) + preambleRows + headerRows + (indexRow.map { [$0] } ?? []) + dataRows
    }

    /// The leaf label of each column.
    public var columnLabels: [String] { header.columnLabels(width: width) }
}

/// A summary table's reading, kept with the table it was read from.
final class RememberedSummary: Sendable {
    let view: SummaryTableView
    init(view: SummaryTableView) { self.view = view }
}
