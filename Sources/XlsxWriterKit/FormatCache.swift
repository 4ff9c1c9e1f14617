
import CXlsxWriter
import SpreadsheetModel

/// One `lxw_format` per distinct CellStyle, owned by a single workbook: formats die with
/// `workbook_close`, so a cache never outlives its workbook.
struct FormatCache {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The styles asked for lately, each in a slot picked from its fields: a workbook has a
    /// few dozen styles, so nearly every cell finds its own in one comparison, where the
    /// dictionary hashed it (a cache of each column's last style missed a quarter of the time,
    /// as neighbours in a column alternate between bold totals and plain rows).
    /// Two plain arrays, so a style is compared in place; a slot without a format is empty.
    private var recentStyles = [CellStyle](filled: CellStyle(), count: FormatCache.slots)
    private var recentFormats = [UnsafeMutablePointer<lxw_format>?](filled: nil, count: FormatCache.slots)
    private static let slots = 64

    init(workbook: UnsafeMutablePointer<lxw_workbook>) { self.workbook = workbook }

    mutating func format(for style: CellStyle) throws(XlsxWriteError) -> UnsafeMutablePointer<lxw_format> {
        let slot = Self.slot(of: style)
        if let recent = recentFormats[slot], recentStyles[slot] == style { return recent }
        let format = try madeFormat(for: style)
        recentStyles[slot] = style
        recentFormats[slot] = format
        return format
    }

    /// A slot from the style's fields, mixed so that styles differing in any one land apart.
    private static func slot(of style: CellStyle) -> Int {
        var mixed = style.flags ^ UInt64(truncatingIfNeeded: style.indent) << 8
            ^ style.fontSize.bitPattern >> 32
        mixed = (mixed ^ (mixed >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 58)  // the top 6 bits: 0..<64
    }

    /// The workbook's format for a style, made the first time it is asked for.
    private mutating func madeFormat(for style: CellStyle) throws(XlsxWriteError) -> UnsafeMutablePointer<lxw_format> {
        if let existing = formats[style] { return existing }
        guard let format = workbook_add_format(workbook) else {
            throw XlsxWriteError(.library(call: "workbook_add_format", code: -1, message: "out of memory"))
        }
        format_set_font_name(format, CellStyle.fontName)
        format_set_font_size(format, style.fontSize)
        if style.bold { format_set_bold(format) }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        switch style.horizontal {
        case .general: break
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        switch style.vertical {
        case .top: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        }
        if style.wrap { format_set_text_wrap(format) }
        if style.indent > 0 { format_set_indent(format, UInt8(clamping: style.indent)) }
        if let numberFormat = style.numberFormat {
            format_set_num_format(format, numberFormat.rawValue)
        } else if style.textFormat {
            format_set_num_format(format, "@")
        }
        formats[style] = format
        return format
    }
}
