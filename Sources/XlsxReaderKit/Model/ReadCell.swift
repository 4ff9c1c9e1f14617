import SpreadsheetModel

/// What a cell holds, from its `t` attribute and whether it has an `<f>`.
public enum ReadCellKind: Sendable, Equatable {
    /// Shared or inline string; also blank cells (text "") that exist only for their style.
    case string
    case number
    case boolean
    /// A cell with a formula; `ReadCell.text` is its cached value.
    case formula
    case error
}

/// The resolved look of a cell: its `cellXfs` entry with the font, border and number
/// format it points at already looked up.
public struct ReadCellStyle: Sendable, Equatable {
    /// Format code; built-in ids are mapped to their code ("General", "#,##0.00", ...),
    /// unknown built-in ids without a custom entry read as "builtin:<id>".
    public var numberFormat: String
    public var bold: Bool
    public var italic: Bool
    public var fontName: String?
    public var fontSize: Double?
    /// Border line styles such as "thin" or "medium"; nil when that side has none.
    public var borderLeft: String?
    public var borderRight: String?
    public var borderTop: String?
    public var borderBottom: String?
    public var horizontalAlignment: String?
    public var verticalAlignment: String?
    public var wrapText: Bool

    public init(numberFormat: String = "General", bold: Bool = false, italic: Bool = false,
                fontName: String? = nil, fontSize: Double? = nil,
                borderLeft: String? = nil, borderRight: String? = nil,
                borderTop: String? = nil, borderBottom: String? = nil,
                horizontalAlignment: String? = nil, verticalAlignment: String? = nil,
                wrapText: Bool = false) {
        self.numberFormat = numberFormat
        self.bold = bold
        self.italic = italic
        self.fontName = fontName
        self.fontSize = fontSize
        self.borderLeft = borderLeft
        self.borderRight = borderRight
        self.borderTop = borderTop
        self.borderBottom = borderBottom
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapText = wrapText
    }

    /// True when all four sides have a border.
    public var hasAllBorders: Bool {
        borderLeft != nil && borderRight != nil && borderTop != nil && borderBottom != nil
    }
}

/// One `<c>` element as found in the sheet XML.
public struct ReadCell: Sendable, Equatable {
    public var address: CellAddress
    public var kind: ReadCellKind
    /// Shared/inline strings resolved; numbers exactly as stored in `<v>`; booleans "1"/"0"
    /// as stored; errors such as "#DIV/0!"; formula cells: the cached value ("" if none).
    public var text: String
    /// Formula text as stored (no leading "="); nil unless `kind == .formula`.
    public var formula: String?
    public var style: ReadCellStyle

    public init(address: CellAddress, kind: ReadCellKind, text: String,
                formula: String? = nil, style: ReadCellStyle = ReadCellStyle()) {
        self.address = address
        self.kind = kind
        self.text = text
        self.formula = formula
        self.style = style
    }

    /// The numeric value of a number cell, or of a formula cell whose cached value is a number.
    public var number: Double? {
        switch kind {
        case .number, .formula: return Double(text)
        case .string, .boolean, .error: return nil
        }
    }
}
