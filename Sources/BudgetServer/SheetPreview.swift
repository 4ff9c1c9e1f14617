import SpreadsheetModel
import BudgetCore

/// A workbook's sheets as HTML tables, from the same layouts the writer gets: merged ranges
/// become rowspan/colspan, so the clerk sees the headers as they will look in Excel.
enum SheetPreview {
    /// Rows shown per sheet; the rest is counted, not drawn (the workbook has them all).
    static let maxRows = 300

    static func html(_ workbook: WorkbookLayout, title: String) -> String {
        var out = "<div class=\"workbook\"><h4>\(HTML.escape(title))</h4>"
        for (index, sheet) in workbook.sheets.enumerated() {
            out += "<details class=\"sheet\"\(index == 0 ? " open" : "")><summary>\(HTML.escape(sheet.name))</summary>"
            out += table(sheet)
            out += "</details>"
        }
        return out + "</div>"
    }

    static func table(_ sheet: SheetLayout) -> String {
        let rowCount = max(sheet.rowCount, (sheet.merges.map(\.range.lastRow).max() ?? -1) + 1)
        let columnCount = max(sheet.columnWidths.count,
                              (sheet.cells.map(\.column).max() ?? -1) + 1,
                              (sheet.merges.map(\.range.lastColumn).max() ?? -1) + 1)
        guard rowCount > 0, columnCount > 0, columnCount <= 16_384 else { return "<p class=\"empty\">—</p>" }
        var cells: [Int: [Int: LayoutCell]] = [:]
        for cell in sheet.cells { cells[cell.row, default: [:]][cell.column] = cell }
        var mergeAt: [Int: [Int: GridRange]] = [:]
        var covered = Set<Int>()
        let shownRows = min(rowCount, maxRows)
        for merge in sheet.merges where merge.range.isWellFormed && merge.range.firstRow < shownRows {
            let range = merge.range
            mergeAt[range.firstRow, default: [:]][range.firstColumn] = range
            for row in range.firstRow...min(range.lastRow, shownRows - 1) {
                for column in range.firstColumn...range.lastColumn where !(row == range.firstRow && column == range.firstColumn) {
                    covered.insert(row * columnCount + column)
                }
            }
        }
        var out = "<div class=\"grid\"><table><colgroup>"
        for column in 0..<columnCount {
            let width = column < sheet.columnWidths.count ? sheet.columnWidths[column] : 10
            out += "<col style=\"width:\(Int((width * 7.5).rounded()))px\">"
        }
        out += "</colgroup>"
        for row in 0..<shownRows {
            out += "<tr>"
            for column in 0..<columnCount where !covered.contains(row * columnCount + column) {
                let cell = cells[row]?[column]
                var attributes = ""
                if let range = mergeAt[row]?[column] {
                    let rows = min(range.lastRow, shownRows - 1) - range.firstRow + 1
                    let columns = range.lastColumn - range.firstColumn + 1
                    if rows > 1 { attributes += " rowspan=\"\(rows)\"" }
                    if columns > 1 { attributes += " colspan=\"\(columns)\"" }
                }
                if let cell {
                    attributes += " class=\"\(classes(cell.style))\""
                    if cell.sourceLine > 0 { attributes += " data-line=\"\(cell.sourceLine)\"" }
                }
                out += "<td\(attributes)>\(HTML.escape(cell.map(shown) ?? ""))</td>"
            }
            out += "</tr>"
        }
        out += "</table></div>"
        if rowCount > shownRows {
            out += "<p class=\"more\" data-rows=\"\(rowCount - shownRows)\">… +\(rowCount - shownRows)</p>"
        }
        return out
    }

    /// What Excel shows for the cell.
    static func shown(_ cell: LayoutCell) -> String {
        if case .number(_, let source, .amount) = cell.value { return AmountText.grouped(source) }
        return cell.value.text
    }

    private static func classes(_ style: CellStyle) -> String {
        var names: [String] = []
        if style.border { names.append("b") }
        if style.bold { names.append("bold") }
        if style.fontSize >= 14 { names.append("title") }
        switch style.horizontal {
        case .center: names.append("c")
        case .right: names.append("r")
        case .left, .general: names.append("l")
        }
        if style.vertical == .top { names.append("top") }
        if style.wrap { names.append("wrap") }
        return names.joined(separator: " ")
    }
}
