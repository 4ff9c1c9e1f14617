/// A rectangle of cells, 0-based and inclusive: a merge, or one cell. The one coordinate
/// model of the writer, the reader and the verifier.
public struct GridRange: Hashable, Sendable, CustomStringConvertible {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// The range between two corners given in any order.
    public init(first: CellAddress, last: CellAddress) {
        self.init(firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
                  lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
    }

    /// One cell.
    public init(_ cell: CellAddress) { self.init(first: cell, last: cell) }

    /// Parses "A3:A4" or a single cell "B2"; nil for anything else.
    public init?(_ a1: String) {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellAddress(String(parts[0])) else { return nil }
            self.init(cell)
        case 2:
            guard let a = CellAddress(String(parts[0])), let b = CellAddress(String(parts[1])) else { return nil }
            self.init(first: a, last: b)
        default:
            return nil
        }
    }

    public var first: CellAddress { CellAddress(row: firstRow, column: firstColumn) }
    public var last: CellAddress { CellAddress(row: lastRow, column: lastColumn) }
    public var rowCount: Int { lastRow - firstRow + 1 }
    public var columnCount: Int { lastColumn - firstColumn + 1 }

    /// Rows and columns in order and not negative.
    public var isWellFormed: Bool { firstRow >= 0 && firstColumn >= 0 && firstRow <= lastRow && firstColumn <= lastColumn }

    public var isSingleCell: Bool { firstRow == lastRow && firstColumn == lastColumn }

    public func contains(row: Int, column: Int) -> Bool {
        row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn
    }

    public func contains(_ address: CellAddress) -> Bool { contains(row: address.row, column: address.column) }

    public func offset(rows: Int) -> GridRange {
        GridRange(firstRow: firstRow + rows, firstColumn: firstColumn, lastRow: lastRow + rows, lastColumn: lastColumn)
    }

    /// "A3:B4" notation ("B2" for one cell).
    public var a1: String { isSingleCell ? first.a1 : first.a1 + ":" + last.a1 }

    public var description: String { a1 }
}
