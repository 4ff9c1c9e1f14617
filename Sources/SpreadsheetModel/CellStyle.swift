/// How one cell looks. The writer makes one format per distinct style in each workbook.
public struct CellStyle: Hashable, Sendable {
    public enum Horizontal: Hashable, Sendable { case general, left, center, right }
    public enum Vertical: Hashable, Sendable { case top, center }

    public var fontSize: Double = 11
    public var bold = false
    public var border = true
    public var horizontal: Horizontal = .general
    public var vertical: Vertical = .center
    public var wrap = false
    public var numberFormat: NumberStyle?
    public var textFormat = false  // "@": keeps codes as text when a clerk edits them
    /// Left-aligned table text sits one step off the border, as in the printed templates.
    public var indent = 0

    public static let fontName = "宋体"

    public init() {}

    /// Every field, packed into three words for one pass of the hasher (field by field, the
    /// writer's format look-ups hashed ten values for each style asked).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fontSize)  // as Double hashes it: 0 and -0 alike, as == has them
        hasher.combine(flags)
        hasher.combine(indent)
    }

    /// The flags, alignments and number format in one word (equal styles have equal flags).
    public var flags: UInt64 {
        var flags = UInt64(bold ? 1 : 0) | UInt64(border ? 2 : 0) | UInt64(wrap ? 4 : 0) | UInt64(textFormat ? 8 : 0)
        switch horizontal {
        case .general: break
        case .left: flags |= 16
        case .center: flags |= 32
        case .right: flags |= 48
        }
        if vertical == .top { flags |= 64 }
        if let numberFormat { flags |= 128 | UInt64(numberFormat.id) << 32 }
        return flags
    }

    public static let title: CellStyle = {
        var s = CellStyle(); s.fontSize = 18; s.bold = true; s.border = false; s.horizontal = .center; return s
    }()
    /// A title wider than its table wraps inside its merge rather than print cut off at both
    /// edges (the long 绩效目标表 titles).
    public static let wrappedTitle: CellStyle = {
        var s = CellStyle.title; s.wrap = true; return s
    }()
    public static func meta(_ alignment: Horizontal) -> CellStyle {
        var s = CellStyle(); s.fontSize = 10; s.border = false; s.horizontal = alignment; return s
    }
    public static let header: CellStyle = {
        var s = CellStyle(); s.fontSize = 10; s.bold = true; s.horizontal = .center; s.wrap = true; return s
    }()
    public static let index: CellStyle = {
        var s = CellStyle(); s.fontSize = 10; s.horizontal = .center; s.numberFormat = .integer; return s
    }()
    public static func body(bold: Bool = false) -> CellStyle {
        var s = CellStyle(); s.fontSize = 10; s.bold = bold; s.wrap = true; s.horizontal = .left; s.indent = 1; return s
    }
    public static func code(bold: Bool = false) -> CellStyle {
        var s = CellStyle(); s.fontSize = 10; s.bold = bold; s.horizontal = .left; s.textFormat = true; s.indent = 1
        return s
    }
    public static func number(_ style: NumberStyle, bold: Bool = false, centered: Bool = false) -> CellStyle {
        var s = CellStyle(); s.fontSize = 10; s.bold = bold
        s.horizontal = centered ? .center : .right
        s.numberFormat = style == .general ? nil : style
        return s
    }
    public static let note: CellStyle = {
        var s = CellStyle(); s.fontSize = 10; s.border = false; s.horizontal = .left; s.wrap = true; s.vertical = .top
        return s
    }()
    public static func narrative(bold: Bool) -> CellStyle {
        var s = CellStyle(); s.fontSize = 11; s.bold = bold; s.border = false; s.horizontal = .left; s.wrap = true
        s.vertical = .top
        return s
    }
}
