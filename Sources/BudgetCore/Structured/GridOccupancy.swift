/// A spanned grid laid out on positions: which cell starts where and which cell covers each
/// position, so rows can be read flat (each label once, an empty cell where a label from a
/// row above reaches down) the way the text exports write them.
struct GridOccupancy {
    let grid: SpannedGrid
    /// Index into `grid.cells` of the cell whose top-left is (row, column).
    private var starts: [Int: Int] = [:]
    /// Index of the cell covering (row, column), starting there or spanning into it.
    private var cover: [Int: Int] = [:]

    init(_ grid: SpannedGrid) {
        self.grid = grid
        let width = max(grid.columnCount, 1)
        for (index, cell) in grid.cells.enumerated() {
            guard cell.row >= 0, cell.column >= 0, cell.row < grid.rowCount, cell.column < grid.columnCount else { continue }
            starts[cell.row * width + cell.column] = index
            let lastRow = min(cell.row + max(cell.rowSpan, 1), grid.rowCount) - 1
            let lastColumn = min(cell.column + max(cell.columnSpan, 1), grid.columnCount) - 1
            for row in cell.row...lastRow {
                for column in cell.column...lastColumn where cover[row * width + column] == nil {
                    cover[row * width + column] = index
                }
            }
        }
    }

    private var width: Int { max(grid.columnCount, 1) }

    /// The cell whose top-left is at (row, column).
    func cell(startingAt row: Int, _ column: Int) -> SpannedCell? {
        starts[row * width + column].map { grid.cells[$0] }
    }

    /// The cell covering (row, column), wherever it starts.
    func cell(covering row: Int, _ column: Int) -> SpannedCell? {
        cover[row * width + column].map { grid.cells[$0] }
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
    func lastRow(of cell: SpannedCell) -> Int { min(cell.row + max(cell.rowSpan, 1), grid.rowCount) - 1 }
    func lastColumn(of cell: SpannedCell) -> Int { min(cell.column + max(cell.columnSpan, 1), grid.columnCount) - 1 }
}
