/// A table's geometry: its column and row positions and the cells the drawn boundaries make,
/// each with explicit spans over those positions.
struct RuledGrid: Equatable, Sendable {
    struct Cell: Equatable, Sendable {
        var row: Int
        var column: Int
        var rowSpan: Int
        var columnSpan: Int
    }

    /// Column edges, left to right (count = columns + 1).
    var xs: [Double]
    /// Row edges, top to bottom (count = rows + 1).
    var ys: [Double]
    /// Cells in reading order, each at its top-left position.
    var cells: [Cell]

    var rowCount: Int { ys.count - 1 }
    var columnCount: Int { xs.count - 1 }
    var bounds: PDFRect {
        PDFRect(minX: xs.first ?? 0, minY: ys.first ?? 0, maxX: xs.last ?? 0, maxY: ys.last ?? 0)
    }

    /// The index of the cell holding `point`, or nil outside the grid.
    func cellIndex(at point: PDFPoint, lookup: [[Int]]) -> Int? {
        guard let column = Self.band(of: point.x, in: xs), let row = Self.band(of: point.y, in: ys) else { return nil }
        return lookup[row][column]
    }

    /// For each grid unit (row, column), the index of the cell covering it.
    func unitLookup() -> [[Int]] {
        var lookup = Array(repeating: Array(repeating: 0, count: max(columnCount, 0)), count: max(rowCount, 0))
        for (index, cell) in cells.enumerated() {
            for row in cell.row..<(cell.row + cell.rowSpan) {
                for column in cell.column..<(cell.column + cell.columnSpan) { lookup[row][column] = index }
            }
        }
        return lookup
    }

    private static func band(of value: Double, in edges: [Double]) -> Int? {
        guard let first = edges.first, let last = edges.last, value >= first, value <= last else { return nil }
        var low = 0, high = edges.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if edges[middle] <= value { low = middle } else { high = middle }
        }
        return low
    }
}
