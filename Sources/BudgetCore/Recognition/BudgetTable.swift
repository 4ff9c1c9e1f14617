import SpreadsheetModel

/// A table with its parts told apart: meta row, text rows above the grid, header rows, 栏次
/// row and data rows (re-joined), with its header rebuilt.
///
/// Its parts live in one shared box, copied only when a copy is changed: a table is handed
/// from the reader to the splitter, the pipeline, the layout, the key figures and the
/// validator, and as a plain struct every hand-over counted a reference to each of its some
/// thirty arrays and strings (a profile found 800 such copies a document).
public struct BudgetTable: Sendable {
    private var parts: Parts

    public init(title: String, titleLine: Int, kind: TableKind, template: TemplateEntry?, meta: SourceRow?,
                preambleRows: [SourceRow], headerRows: [SourceRow], header: HeaderLayout, indexRow: SourceRow?,
                dataRows: [SourceRow], notes: [Paragraph], width: Int, warnings: [ConversionWarning],
                bodyMerges: [GridRange] = []) {
        parts = Parts(title: title, titleLine: titleLine, kind: kind, template: template, meta: meta,
                      preambleRows: preambleRows, headerRows: headerRows, header: header, indexRow: indexRow,
                      dataRows: dataRows, notes: notes, width: width, warnings: warnings, bodyMerges: bodyMerges)
    }

    /// The box, alone to this table before it changes.
    private mutating func ownParts() -> Parts {
        if !isKnownUniquelyReferenced(&parts) { parts = parts.copy() }
        return parts
    }

    // Each part reads from the box and changes in a box of this table's own; a change to
    // anything the kept readings come from forgets them.
    public var title: String {
        get { parts.title }
        _modify { let parts = ownParts(); yield &parts.title }
    }
    public var titleLine: Int {
        get { parts.titleLine }
        _modify { let parts = ownParts(); yield &parts.titleLine }
    }
    public var kind: TableKind {
        get { parts.kind }
        _modify { let parts = ownParts(); yield &parts.kind; parts.forgetReadings() }
    }
    public var template: TemplateEntry? {
        get { parts.template }
        _modify { let parts = ownParts(); yield &parts.template }
    }
    /// Unit, 预算年度, 单位/截止时间, verbatim.
    public var meta: SourceRow? {
        get { parts.meta }
        _modify { let parts = ownParts(); yield &parts.meta }
    }
    /// Key–value rows above the grid (`绩效目标 | text`).
    public var preambleRows: [SourceRow] {
        get { parts.preambleRows }
        _modify { let parts = ownParts(); yield &parts.preambleRows; parts.forgetReadings() }
    }
    public var headerRows: [SourceRow] {
        get { parts.headerRows }
        _modify { let parts = ownParts(); yield &parts.headerRows; parts.forgetReadings() }
    }
    public var header: HeaderLayout {
        get { parts.header }
        _modify { let parts = ownParts(); yield &parts.header; parts.forgetReadings() }
    }
    /// The `栏次 1 2 …` row.
    public var indexRow: SourceRow? {
        get { parts.indexRow }
        _modify { let parts = ownParts(); yield &parts.indexRow }
    }
    public var dataRows: [SourceRow] {
        get { parts.dataRows }
        _modify { let parts = ownParts(); yield &parts.dataRows; parts.forgetReadings() }
    }
    public var notes: [Paragraph] {
        get { parts.notes }
        _modify { let parts = ownParts(); yield &parts.notes }
    }
    /// Number of columns: the length of the last header row (and of the 栏次 row).
    public var width: Int {
        get { parts.width }
        _modify { let parts = ownParts(); yield &parts.width; parts.forgetReadings() }
    }
    public var warnings: [ConversionWarning] {
        get { parts.warnings }
        _modify { let parts = ownParts(); yield &parts.warnings }
    }
    /// The label line printed above the title (`公开01表`, `表一`), kept on the sheet.
    public var label: Paragraph? {
        get { parts.label }
        _modify { let parts = ownParts(); yield &parts.label }
    }
    /// What each column means, from the family's catalog entry (nil: read off the labels).
    public var columnMeanings: [CatalogColumn]? {
        get { parts.columnMeanings }
        _modify { let parts = ownParts(); yield &parts.columnMeanings }
    }
    /// How amounts are shown: a fixed Excel format (the Hebei template's `#,##0.00`), or nil
    /// to show them as printed (separators and decimals of the source).
    public var amountFormat: String? {
        get { parts.amountFormat }
        _modify { let parts = ownParts(); yield &parts.amountFormat }
    }
    /// Merges among the data rows, rows relative to the first data row: the explicit spans of
    /// a structured source (HTML, Word). The text shape has none.
    public var bodyMerges: [GridRange] {
        get { parts.bodyMerges }
        _modify { let parts = ownParts(); yield &parts.bodyMerges }
    }
    /// The column roles, read once per table (`rememberingReadings`) rather than by each of the
    /// layout, key-figure and validation steps that ask; a change to anything they are read
    /// from forgets them.
    var knownRoles: ColumnRoles? { parts.knownRoles }
    /// A two-sided summary table's sides and sections, read once likewise (the layout's label
    /// spans, the key figures and the validator each read them). Boxed: the view holds the table.
    var knownSummary: RememberedSummary? { parts.knownSummary }

    /// The same table with its column roles (and, for a 收支总表 or 财政拨款收支总表, its
    /// summary reading) read and kept.
    func rememberingReadings() -> BudgetTable {
        var table = self
        table.ownParts().knownRoles = ColumnRoles(self)
        if kind == .budgetSummary || kind == .fiscalGrantSummary {
            let summary = RememberedSummary(view: SummaryTableView(table))
            // The view holds the table, so this takes parts of its own: kept in the parts the
            // view holds, the reading would hold itself and never be freed.
            table.ownParts().knownSummary = summary
        }
        return table
    }

    /// Every row in reading order, as written to the sheet (meta first).
    public var allRows: [SourceRow] {
        (meta.map { [$0] } ?? []) + preambleRows + headerRows + (indexRow.map { [$0] } ?? []) + dataRows
    }

    /// The leaf label of each column.
    public var columnLabels: [String] { header.columnLabels(width: width) }
}

extension BudgetTable {
    /// The parts of a table: shared by its copies until one of them changes (see `ownParts`).
    private final class Parts: @unchecked Sendable {
        var title: String
        var titleLine: Int
        var kind: TableKind
        var template: TemplateEntry?
        var meta: SourceRow?
        var preambleRows: [SourceRow]
        var headerRows: [SourceRow]
        var header: HeaderLayout
        var indexRow: SourceRow?
        var dataRows: [SourceRow]
        var notes: [Paragraph]
        var width: Int
        var warnings: [ConversionWarning]
        var label: Paragraph? = nil
        var columnMeanings: [CatalogColumn]? = nil
        var amountFormat: String? = NumberStyle.amount.rawValue
        var bodyMerges: [GridRange] = []
        var knownRoles: ColumnRoles?
        var knownSummary: RememberedSummary?

        init(title: String, titleLine: Int, kind: TableKind, template: TemplateEntry?, meta: SourceRow?,
             preambleRows: [SourceRow], headerRows: [SourceRow], header: HeaderLayout, indexRow: SourceRow?,
             dataRows: [SourceRow], notes: [Paragraph], width: Int, warnings: [ConversionWarning],
             bodyMerges: [GridRange]) {
            self.title = title
            self.titleLine = titleLine
            self.kind = kind
            self.template = template
            self.meta = meta
            self.preambleRows = preambleRows
            self.headerRows = headerRows
            self.header = header
            self.indexRow = indexRow
            self.dataRows = dataRows
            self.notes = notes
            self.width = width
            self.warnings = warnings
            self.bodyMerges = bodyMerges
        }

        func copy() -> Parts {
            let copy = Parts(title: title, titleLine: titleLine, kind: kind, template: template, meta: meta,
                             preambleRows: preambleRows, headerRows: headerRows, header: header, indexRow: indexRow,
                             dataRows: dataRows, notes: notes, width: width, warnings: warnings, bodyMerges: bodyMerges)
            copy.label = label
            copy.columnMeanings = columnMeanings
            copy.amountFormat = amountFormat
            copy.knownRoles = knownRoles
            copy.knownSummary = knownSummary
            return copy
        }

        func forgetReadings() {
            knownRoles = nil
            knownSummary = nil
        }
    }
}

/// A summary table's reading, kept with the table it was read from.
final class RememberedSummary: Sendable {
    let view: SummaryTableView
    init(view: SummaryTableView) { self.view = view }
}
