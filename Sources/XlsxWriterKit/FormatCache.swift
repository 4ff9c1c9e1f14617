
import CXlsxWriter
import SpreadsheetModel

/// One `lxw_format` per distinct CellStyle, owned by a single workbook: formats die with
/// `workbook_close`, so a cache never outlives its workbook.
struct FormatCache {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The last style asked for in each column: the cells of a column mostly share one, where
    /// neighbours in a row alternate (a name, then amounts), and comparing is cheaper than
    /// hashing a style (its number format is a string).
    /// Two plain arrays rather than optional pairs, so the test compares a style in place
    /// (an optional pair was copied out, strings and all, for every cell). A column not yet
    /// asked has no format, and its style is never compared.
    private var lastStyles: [CellStyle] = []
    private var lastFormats: [UnsafeMutablePointer<lxw_format>?] = []

    init(workbook: UnsafeMutablePointer<lxw_workbook>) { self.workbook = workbook }

    mutating func format(for style: CellStyle, column: Int) throws(XlsxWriteError) -> UnsafeMutablePointer<lxw_format> {
        guard column >= 0 else { return try format(for: style) }
        if column < lastFormats.count, let last = lastFormats[column], lastStyles[column] == style { return last }
        let format = try format(for: style)
        if column >= lastFormats.count {
            lastStyles.append(contentsOf: repeatElement(CellStyle(), count: column + 1 - lastFormats.count))
            lastFormats.append(contentsOf: repeatElement(nil, count: column + 1 - lastFormats.count))
        }
        lastStyles[column] = style
        lastFormats[column] = format
        return format
    }

    private mutating func format(for style: CellStyle) throws(XlsxWriteError) -> UnsafeMutablePointer<lxw_format> {
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
