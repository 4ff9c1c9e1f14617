/// A spanned grid laid out on positions: which cell starts where and which cell covers each
/// position, so rows can be read flat (each label once, an empty cell where a label from a
/// row above reaches down) the way the text exports write them.
struct GridOccupancy {
    let grid: SpannedGrid
    /// Index into `grid.cells` of the cell whose top-left is each position (row-major), or -1.
    private var starts: [Int32]
    /// Index of the cell covering each position, starting there or spanning into it, or -1.
    private var cover: [Int32]

    /// Most positions (rows × columns) a grid may have to be laid out; readers limit their
    /// grids well below this.
    static let maximumPositions = 4_000_000

    static func fits(_ grid: SpannedGrid) -> Bool {
        grid.rowCount >= 0 && grid.columnCount >= 0
            && grid.rowCount.multipliedReportingOverflow(by: grid.columnCount).partialValue <= maximumPositions
            && !grid.rowCount.multipliedReportingOverflow(by: grid.columnCount).overflow
            && grid.cells.count < Int(Int32.max)
    }

    /// The grid must fit (`fits`); a grid that does not is laid out empty.
    init(_ grid: SpannedGrid) {
        self.grid = grid
        let size = Self.fits(grid) ? grid.rowCount * grid.columnCount : 0
        starts = Array(repeating: -1, count: size)
        cover = Array(repeating: -1, count: size)
        guard size > 0 else { return }
        let width = grid.columnCount
        for (index, cell) in grid.cells.enumerated() {
            guard cell.row >= 0, cell.column >= 0, cell.row < grid.rowCount, cell.column < grid.columnCount else { continue }
            starts[cell.row * width + cell.column] = Int32(index)
            let lastRow = min(cell.row + max(min(cell.rowSpan, grid.rowCount), 1), grid.rowCount) - 1
            let lastColumn = min(cell.column + max(min(cell.columnSpan, grid.columnCount), 1), grid.columnCount) - 1
            for row in cell.row...lastRow {
                for column in cell.column...lastColumn where cover[row * width + column] < 0 {
                    cover[row * width + column] = Int32(index)
                }
            }
        }
    }

    private var width: Int { grid.columnCount }

    private func index(_ row: Int, _ column: Int) -> Int? {
        guard row >= 0, column >= 0, row < grid.rowCount, column < grid.columnCount, !starts.isEmpty else { return nil }
        return row * width + column
    }

    /// The cell whose top-left is at (row, column).
    func cell(startingAt row: Int, _ column: Int) -> SpannedCell? {
        guard let position = index(row, column), starts[position] >= 0 else { return nil }
        return grid.cells[Int(starts[position])]
    }

    /// The cell covering (row, column), wherever it starts.
    func cell(covering row: Int, _ column: Int) -> SpannedCell? {
        guard let position = index(row, column), cover[position] >= 0 else { return nil }
        return grid.cells[Int(cover[position])]
    }

    /// Cells starting in `row`, left to right.
    func cells(startingIn row: Int) -> [SpannedCell] {
        (0..<grid.columnCount).compactMap { cell(startingAt: row, $0) }
    }

    /// Non-empty texts of the cells starting in `row`.
    func nonEmptyCells(in row: Int) -> [SpannedCell] {
        cells(startingIn: row).filter { !$0.text.isEmpty }
    }

    func isEmpty(row: Int) -> Bool { nonEmptyCells(in: row).isEmpty }

    /// The line a row starts on: its first cell's, else the grid's.
    func line(of row: Int) -> Int {
        cells(startingIn: row).first?.line ?? grid.line
    }

    /// Header form: cells starting in the row, and an empty cell for every column a cell from
    /// a row above spans down into. Columns covered by a cell of the same row are skipped.
    func flatRow(_ row: Int) -> SourceRow {
        var cells: [SourceCell] = []
        for column in 0..<grid.columnCount {
            if let start = cell(startingAt: row, column) {
                cells.append(SourceCell(start.text, line: start.line))
            } else if let covering = cell(covering: row, column), covering.row < row {
                cells.append(SourceCell("", line: line(of: row)))
            }
        }
        return SourceRow(cells)
    }

    /// Full-width form: one cell per column, empty where the position is covered by a span.
    func paddedRow(_ row: Int) -> SourceRow {
        let rowLine = line(of: row)
        return SourceRow((0..<grid.columnCount).map { column in
            cell(startingAt: row, column).map { SourceCell($0.text, line: $0.line) } ?? SourceCell("", line: rowLine)
        })
    }

    /// Row + span, clipped to the grid.
    func lastRow(of cell: SpannedCell) -> Int { min(cell.row + max(min(cell.rowSpan, grid.rowCount), 1), grid.rowCount) - 1 }
    func lastColumn(of cell: SpannedCell) -> Int { min(cell.column + max(min(cell.columnSpan, grid.columnCount), 1), grid.columnCount) - 1 }
}
