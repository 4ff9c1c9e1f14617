/// A table being assembled from its parts on consecutive pages.
struct PendingTable {
    var xs: [Double]
    var cells: [SpannedCell]
    var rowCount: Int
    var columnCount: Int
    var firstPage: Int
    var lastPage: Int

    init(_ table: PageTable, page: Int) {
        xs = table.grid.xs
        rowCount = table.grid.rowCount
        columnCount = table.grid.columnCount
        cells = zip(table.grid.cells, table.texts).map { cell, text in
            SpannedCell(text, row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan, line: page)
        }
        firstPage = page
        lastPage = page
    }

    var spannedGrid: SpannedGrid {
        SpannedGrid(cells: cells, rowCount: rowCount, columnCount: columnCount, line: firstPage)
    }

    /// Appends the next page's part when its column edges are this table's (or some of
    /// them); the rows at its top that repeat this table's header are dropped. False when
    /// the part does not continue this table.
    mutating func append(continuation part: PendingTable) -> Bool {
        var columnOf: [Int] = []
        for x in part.xs {
            guard let index = xs.indices.min(by: { abs(xs[$0] - x) < abs(xs[$1] - x) }),
                  abs(xs[index] - x) <= PDFDocumentBuilder.edgeTolerance else { return false }
            columnOf.append(index)
        }
        guard zip(columnOf, columnOf.dropFirst()).allSatisfy({ $0 < $1 }) else { return false }
        var mapped = part.cells.map { cell -> SpannedCell in
            var cell = cell
            let start = columnOf[cell.column], end = columnOf[cell.column + cell.columnSpan]
            cell.column = start
            cell.columnSpan = end - start
            return cell
        }
        let repeated = repeatedHeaderRows(of: mapped, rowCount: part.rowCount)
        mapped = mapped.filter { $0.row >= repeated }.map { cell in
            var cell = cell
            cell.row += rowCount - repeated
            return cell
        }
        mapped = joiningCellsSplitByThePageBreak(mapped)
        cells += mapped
        rowCount += part.rowCount - repeated
        lastPage = part.lastPage
        return true
    }

    /// A merged cell cut by the page break prints its text on the first page and continues at
    /// the top of the next as an empty cell over the same columns: the two are one cell. Taken
    /// as such when the cell above reaches the bottom of this table, holds text, and one of the
    /// two already spans rows (a single empty cell under a single label is an empty cell).
    /// `part` holds the next page's cells already placed below this table's rows.
    private mutating func joiningCellsSplitByThePageBreak(_ part: [SpannedCell]) -> [SpannedCell] {
        var remaining: [SpannedCell] = []
        for cell in part {
            guard cell.row == rowCount, cell.text.isEmpty,
                  let above = cells.firstIndex(where: {
                      $0.row + $0.rowSpan == rowCount && $0.column == cell.column && $0.columnSpan == cell.columnSpan
                          && !$0.text.isEmpty && ($0.rowSpan > 1 || cell.rowSpan > 1)
                  })
            else {
                remaining.append(cell)
                continue
            }
            cells[above].rowSpan += cell.rowSpan
        }
        return remaining
    }

    /// How many top rows of `other` equal this table's top rows (texts and spans) and form
    /// a band no cell crosses out of.
    private func repeatedHeaderRows(of other: [SpannedCell], rowCount otherRows: Int) -> Int {
        func signature(_ cells: [SpannedCell], below limit: Int) -> [String] {
            cells.filter { $0.row < limit }
                .map { "\($0.row),\($0.column),\($0.rowSpan),\($0.columnSpan),\($0.text)" }
                .sorted()
        }
        var best = 0
        for k in 1...max(1, min(otherRows, rowCount)) where k <= otherRows && k <= rowCount {
            let closed = other.allSatisfy { $0.row >= k || $0.row + $0.rowSpan <= k }
                && cells.allSatisfy { $0.row >= k || $0.row + $0.rowSpan <= k }
            guard closed else { continue }
            if signature(other, below: k) == signature(cells, below: k) { best = k } else { break }
        }
        return best
    }

    /// Rows the print template draws empty below the header (no text, no merge) are dropped,
    /// all but one when the table has no other body; returns how many.
    mutating func dropBlankRows() -> Int {
        let header = headerRowCount()
        var blank: [Int] = []
        for row in header..<rowCount {
            let starting = cells.filter { $0.row == row }
            let crossing = cells.contains { $0.row < row && $0.row + $0.rowSpan > row }
            if !crossing, starting.allSatisfy({ $0.text.isEmpty && $0.rowSpan == 1 }) { blank.append(row) }
        }
        // An empty table printed with one blank row as its body (`空表列示`, below the 栏次 row
        // if any) keeps it, as its export does; several blank rows under an empty table are
        // a print template's filler (the Jiangsu PDF draws three) and go.
        let columnNumbers = cells.filter { $0.column == 0 && TextNormalizer.compact($0.text) == "栏次" }.map(\.row)
        if blank.count == 1, 1 + columnNumbers.filter({ $0 >= header }).count == rowCount - header {
            blank.removeFirst()
        }
        guard !blank.isEmpty else { return 0 }
        let blankSet = Set(blank)
        cells = cells.filter { !blankSet.contains($0.row) }.map { cell in
            var cell = cell
            cell.row -= blank.filter { $0 < cell.row }.count
            return cell
        }
        rowCount -= blank.count
        return blank.count
    }

    /// The header ends at the first row no merged cell crosses into that holds a number or
    /// is empty.
    func headerRowCount() -> Int {
        for row in 0..<rowCount {
            if cells.contains(where: { $0.row < row && $0.row + $0.rowSpan > row }) { continue }
            let texts = cells.filter { $0.row == row }.map(\.text)
            if texts.allSatisfy(\.isEmpty) || texts.contains(where: Self.isNumber) { return row }
        }
        return rowCount
    }

    static func isNumber(_ text: String) -> Bool {
        let core = text.filter { $0 != "," && $0 != " " }
        return !core.isEmpty && Double(core) != nil
    }
}
