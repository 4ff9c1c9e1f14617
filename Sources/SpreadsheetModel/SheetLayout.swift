/// One cell placed on a sheet.
public struct LayoutCell: Equatable, Sendable {
    public var row: Int
    public var column: Int
    public var value: CellValue
    public var style: CellStyle
    /// Where the value came from in the export (0 for cells the converter made).
    public var sourceLine: Int

    public init(row: Int, column: Int, value: CellValue, style: CellStyle, sourceLine: Int = 0) {
        self.row = row
        self.column = column
        self.value = value
        self.style = style
        self.sourceLine = sourceLine
    }
}

/// A merged range; its value is the layout cell at the top-left corner.
public struct LayoutMerge: Equatable, Sendable {
    public var range: GridRange
    public var style: CellStyle

    public init(range: GridRange, style: CellStyle) {
        self.range = range
        self.style = style
    }
}

/// Everything the writer needs for one worksheet, decided here so the writer stays a thin
/// translation to libxlsxwriter calls.
public struct SheetLayout: Equatable, Sendable {
    public var name: String
    public var cells: [LayoutCell]
    public var merges: [LayoutMerge]
    public var columnWidths: [Double]
    public var rowHeights: [Int: Double]
    /// Rows above the freeze line (0 for none).
    public var frozenRows: Int
    public var repeatRows: ClosedRange<Int>?
    public var landscape: Bool
    public var footer: String
    /// Filter buttons over this range (header row first).
    public var autoFilter: GridRange?

    public static let pageFooter = "&C第 &P 页，共 &N 页"

    public init(name: String, cells: [LayoutCell] = [], merges: [LayoutMerge] = [], columnWidths: [Double] = [],
                rowHeights: [Int: Double] = [:], frozenRows: Int = 0, repeatRows: ClosedRange<Int>? = nil,
                landscape: Bool = false, footer: String = SheetLayout.pageFooter) {
        self.name = name
        self.cells = cells
        self.merges = merges
        self.columnWidths = columnWidths
        self.rowHeights = rowHeights
        self.frozenRows = frozenRows
        self.repeatRows = repeatRows
        self.landscape = landscape
        self.footer = footer
    }

    public var rowCount: Int { (cells.map(\.row).max() ?? -1) + 1 }
}

/// Document properties of a workbook (File ▸ Properties).
public struct DocumentProperties: Equatable, Sendable {
    public var title: String
    public var subject: String
    public var company: String
    public var keywords: String
    public var comments: String
    /// Budget unit (code + name) and year, also written as custom properties.
    public var unit: String
    public var year: String
    /// The unit amounts are printed in (元, 万元, 千元), written as a custom property; "" when not stated.
    public var amountUnit: String = ""
    /// Fixed creation time (seconds since 1970) so the same input gives the same bytes.
    public var created: Int

    public init(title: String, subject: String, company: String, keywords: String, comments: String,
                unit: String, year: String, created: Int) {
        self.title = title
        self.subject = subject
        self.company = company
        self.keywords = keywords
        self.comments = comments
        self.unit = unit
        self.year = year
        self.created = created
    }
}

extension DocumentProperties {
    /// Names of the custom properties that carry `unit` and `year` (what verify and
    /// pipelines read back to know whose workbook it is).
    public static let unitProperty = "预算单位"
    public static let yearProperty = "预算年度"

    /// 1 January of the budget year (UTC), or 2000 when unknown: fixed, so output is reproducible.
    public static func fixedCreationTime(year: String) -> Int {
        let y = Int(year).flatMap { (1970...9999).contains($0) ? $0 : nil } ?? 2000
        var days = 0
        for past in 1970..<y { days += (past % 4 == 0 && (past % 100 != 0 || past % 400 == 0)) ? 366 : 365 }
        return days * 86_400
    }
}

public struct WorkbookLayout: Equatable, Sendable {
    public var sheets: [SheetLayout]
    public var properties: DocumentProperties

    public init(sheets: [SheetLayout], properties: DocumentProperties) {
        self.sheets = sheets
        self.properties = properties
    }
}
