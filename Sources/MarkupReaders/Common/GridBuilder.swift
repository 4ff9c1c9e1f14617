import BudgetCore

/// Places cells with spans on an occupancy grid, row by row, the way browsers and Word do:
/// each cell takes the first free column of its row; a rowspan reserves the positions below.
/// Every limit is checked before anything is allocated for it.
struct GridBuilder {
    private let limits: MarkupLimits
    private let fileName: String
    private(set) var cells: [SpannedCell] = []
    /// Positions taken, by row: a cell's own and those reserved by spans from above.
    private var taken: [Int: [Bool]] = [:]
    private var positions = 0
    private(set) var row = -1
    private(set) var columnCount = 0

    init(limits: MarkupLimits, fileName: String) {
        self.limits = limits
        self.fileName = fileName
    }

    mutating func startRow() { row += 1 }

    /// The first column of the current row not taken by a span from above, at or after `column`.
    func firstFreeColumn(from column: Int = 0) -> Int {
        var column = column
        let occupied = taken[row] ?? []
        while column < occupied.count, occupied[column] { column += 1 }
        return column
    }

    /// Adds a cell at `column` (the first free one when nil); returns its index in `cells`.
    @discardableResult
    mutating func add(_ text: String, column: Int? = nil, rowSpan: Int, columnSpan: Int, line: Int,
                      cellCount: inout Int) throws(MarkupReadError) -> Int {
        let rowSpan = max(rowSpan, 1), columnSpan = max(columnSpan, 1)
        guard rowSpan <= limits.maxSpan, columnSpan <= limits.maxSpan else {
            let which = rowSpan > limits.maxSpan ? "rowspan \(rowSpan)" : "colspan \(columnSpan)"
            throw MarkupReadError(fileName: fileName, "line \(line): a cell has \(which), over the limit of \(limits.maxSpan)")
        }
        let start = column ?? firstFreeColumn()
        guard start + columnSpan <= limits.maxColumns else {
            throw MarkupReadError(fileName: fileName, "line \(line): the table is wider than \(limits.maxColumns) columns")
        }
        cellCount += 1
        guard cellCount <= limits.maxCells else {
            throw MarkupReadError(fileName: fileName, "line \(line): more than \(limits.maxCells) table cells")
        }
        positions += rowSpan * columnSpan
        guard positions <= limits.maxPositions else {
            throw MarkupReadError(fileName: fileName, "line \(line): a table covers more than \(limits.maxPositions) grid positions")
        }
        for r in row..<(row + rowSpan) {
            var occupied = taken[r] ?? []
            if occupied.count < start + columnSpan {
                occupied += Array(repeating: false, count: start + columnSpan - occupied.count)
            }
            for c in start..<(start + columnSpan) { occupied[c] = true }
            taken[r] = occupied
        }
        columnCount = max(columnCount, start + columnSpan)
        cells.append(SpannedCell(text, row: row, column: start, rowSpan: rowSpan, columnSpan: columnSpan, line: line))
        return cells.count - 1
    }

    /// Extends a cell one row down (Word's vMerge continuation).
    mutating func extendDown(_ index: Int) {
        cells[index].rowSpan += 1
        let cell = cells[index]
        var occupied = taken[row] ?? []
        let end = cell.column + cell.columnSpan
        if occupied.count < end { occupied += Array(repeating: false, count: end - occupied.count) }
        for c in cell.column..<end { occupied[c] = true }
        taken[row] = occupied
    }

    /// The grid: rows as counted, spans clipped to the last row, cells in reading order.
    func finish(line: Int) throws(MarkupReadError) -> SpannedGrid {
        let rowCount = row + 1
        guard rowCount * columnCount <= limits.maxPositions else {
            throw MarkupReadError(fileName: fileName,
                "line \(line): a table of \(rowCount) rows × \(columnCount) columns has more than \(limits.maxPositions) grid positions")
        }
        var placed = cells.map { cell -> SpannedCell in
            var cell = cell
            cell.rowSpan = min(cell.rowSpan, rowCount - cell.row)
            return cell
        }
        placed.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        return SpannedGrid(cells: placed, rowCount: rowCount, columnCount: columnCount, line: line)
    }
}
