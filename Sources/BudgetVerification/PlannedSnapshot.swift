import SpreadsheetModel

extension WorkbookSnapshot {
    /// What the writer would store for `layout`, as the reader would give it back, without
    /// writing a file: cells under a merge are not written, numbers come back as doubles,
    /// empty texts as blanks, and the corner of a merge takes the merge's style. The fuzz
    /// target and the corpus replay test check FaithfulnessCheck and LayoutComparison on it.
    public init(planned layout: WorkbookLayout) {
        self.init(sheets: layout.sheets.map(Self.plannedSheet))
    }

    private static func plannedSheet(_ sheet: SheetLayout) -> Sheet {
        var covered = Set<CellAddress>()
        var cornerStyle: [CellAddress: CellStyle] = [:]
        for merge in sheet.merges {
            let range = merge.range
            guard range.isWellFormed else { continue }
            cornerStyle[CellAddress(row: range.firstRow, column: range.firstColumn)] = merge.style
            for row in range.firstRow...range.lastRow {
                for column in range.firstColumn...range.lastColumn where row != range.firstRow || column != range.firstColumn {
                    covered.insert(CellAddress(row: row, column: column))
                }
            }
        }
        var cells: [Cell] = []
        for cell in sheet.cells {
            let address = CellAddress(row: cell.row, column: cell.column)
            if covered.contains(address) { continue }
            let style = cornerStyle[address] ?? cell.style
            let format = style.numberFormat?.rawValue ?? (style.textFormat ? "@" : "General")
            switch cell.value {
            case .empty:
                cells.append(Cell(row: cell.row, column: cell.column, kind: .blank, text: "", numberFormat: format))
            case .text(let text):
                cells.append(Cell(row: cell.row, column: cell.column, kind: text.isEmpty ? .blank : .text,
                                  text: text, numberFormat: format))
            case .number(let number, _, _):
                cells.append(Cell(row: cell.row, column: cell.column, kind: .number, text: "\(number)", numberFormat: format))
            }
        }
        return Sheet(name: sheet.name, cells: cells, merges: sheet.merges.map(\.range))
    }
}
