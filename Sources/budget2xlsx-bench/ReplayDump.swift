import Foundation
import SpreadsheetModel

/// Writes the libxlsxwriter calls XlsxWriterKit makes for a workbook as a replay file that
/// `scripts/writer-floor/replay.c` plays back from C: the same sheets, cells, merges,
/// formats (created in the same order), widths, heights, page setup and properties. The C
/// program's time is what libxlsxwriter alone needs for our workbooks (the "C floor").
///
/// The file is lines of one letter and numbers separated by spaces; a record that carries
/// text ends with the text's byte length, and the text follows on its own, then a newline:
///   W                         begin a workbook
///   d FIELD LEN / D CREATED    document properties (0 title, 1 subject, 2 author, 3 company,
///                             4 category, 5 keywords, 6 comments), then set them
///   u LEN / U LEN             custom string property: name, then value (set on U)
///   F SIZE BOLD BORDER H V WRAP INDENT HASNUM LEN   a format (ids count from 0 in order)
///   S LEN                     add a worksheet named TEXT
///   K COL WIDTH, H ROW HEIGHT column width, row height
///   M R1 C1 R2 C2 FMT         merge_range with ""
///   T R C FMT LEN / N R C FMT VALUE / B R C FMT    string, number, blank
///   A R1 C1 R2 C2, Z ROWS     autofilter, frozen rows
///   G LANDSCAPE, O LEN, R FIRST LAST   page setup, footer, repeated rows
///   E                         close the workbook
/// It mirrors SheetWriter and FormatCache line by line; `scripts/benchmark` checks the
/// mirror by comparing the C program's workbook XML with ours.
struct ReplayDump {
    private(set) var bytes: [UInt8] = []

    mutating func add(_ layout: WorkbookLayout) {
        line("W")
        let p = layout.properties
        let fields = [p.title, p.subject, "budget2xlsx", p.company, "部门预算", p.keywords, p.comments]
        for (index, value) in fields.enumerated() where !value.isEmpty { text("d \(index)", value) }
        line("D \(p.created)")
        for (name, value) in [(DocumentProperties.unitProperty, p.unit), (DocumentProperties.yearProperty, p.year),
                              ("金额单位", p.amountUnit)] where !value.isEmpty {
            text("u", name)
            text("U", value)
        }
        var formats: [CellStyle: Int] = [:]
        for sheet in layout.sheets { add(sheet, formats: &formats) }
        line("E")
    }

    private mutating func add(_ sheet: SheetLayout, formats: inout [CellStyle: Int]) {
        text("S", sheet.name)
        for (column, width) in sheet.columnWidths.enumerated() { line("K \(column) \(width)") }
        for row in sheet.rowHeights.keys.sorted() { line("H \(row) \(sheet.rowHeights[row] ?? 0)") }
        var mergeStyleAtCorner: [Int: CellStyle] = [:]
        var covered = Set<Int>()
        func key(_ row: Int, _ column: Int) -> Int { row &* 20_000 &+ column }
        for merge in sheet.merges {
            let r = merge.range
            let id = format(merge.style, in: &formats)
            line("M \(r.firstRow) \(r.firstColumn) \(r.lastRow) \(r.lastColumn) \(id)")
            mergeStyleAtCorner[key(r.firstRow, r.firstColumn)] = merge.style
            for row in r.firstRow...r.lastRow {
                for column in r.firstColumn...r.lastColumn where row != r.firstRow || column != r.firstColumn {
                    covered.insert(key(row, column))
                }
            }
        }
        for cell in sheet.cells where !covered.contains(key(cell.row, cell.column)) {
            let id = format(mergeStyleAtCorner[key(cell.row, cell.column)] ?? cell.style, in: &formats)
            switch cell.value {
            case .empty: line("B \(cell.row) \(cell.column) \(id)")
            case .text(let value): text("T \(cell.row) \(cell.column) \(id)", value)
            case .number(let value, _, _): line("N \(cell.row) \(cell.column) \(id) \(value)")
            }
        }
        if let f = sheet.autoFilter { line("A \(f.firstRow) \(f.firstColumn) \(f.lastRow) \(f.lastColumn)") }
        if sheet.frozenRows > 0 { line("Z \(sheet.frozenRows)") }
        line("G \(sheet.landscape ? 1 : 0)")
        text("O", sheet.footer)
        if let rows = sheet.repeatRows { line("R \(rows.lowerBound) \(rows.upperBound)") }
    }

    private mutating func format(_ style: CellStyle, in formats: inout [CellStyle: Int]) -> Int {
        if let id = formats[style] { return id }
        let id = formats.count
        formats[style] = id
        let horizontal: Int
        switch style.horizontal {
        case .general: horizontal = 0
        case .left: horizontal = 1
        case .center: horizontal = 2
        case .right: horizontal = 3
        }
        let vertical = style.vertical == .top ? 0 : 1
        let numberFormat = style.numberFormat?.rawValue ?? (style.textFormat ? "@" : nil)
        text("F \(style.fontSize) \(style.bold ? 1 : 0) \(style.border ? 1 : 0) \(horizontal) \(vertical) "
             + "\(style.wrap ? 1 : 0) \(style.indent) \(numberFormat == nil ? 0 : 1)", numberFormat ?? "")
        return id
    }

    private mutating func line(_ record: String) {
        bytes.append(contentsOf: record.utf8)
        bytes.append(0x0A)
    }

    private mutating func text(_ record: String, _ value: String) {
        line(record + " \(value.utf8.count)")
        bytes.append(contentsOf: value.utf8)
        bytes.append(0x0A)
    }
}
