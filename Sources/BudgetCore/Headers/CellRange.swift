/// A rectangle of cells, 0-based and inclusive, used for merges.
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

    /// Rows and columns in order and not negative.
    public var isWellFormed: Bool { firstRow >= 0 && firstColumn >= 0 && firstRow <= lastRow && firstColumn <= lastColumn }

    public var isSingleCell: Bool { firstRow == lastRow && firstColumn == lastColumn }

    public func contains(row: Int, column: Int) -> Bool {
        row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn
    }

    public func offset(rows: Int) -> GridRange {
        GridRange(firstRow: firstRow + rows, firstColumn: firstColumn, lastRow: lastRow + rows, lastColumn: lastColumn)
    }

    /// "A3:B4" notation.
    public var description: String {
        let a = ColumnName.of(firstColumn) + String(firstRow + 1)
        let b = ColumnName.of(lastColumn) + String(lastRow + 1)
        return isSingleCell ? a : a + ":" + b
    }
}

public enum ColumnName {
    /// 0 → "A", 25 → "Z", 26 → "AA".
    public static func of(_ column: Int) -> String {
        var n = column + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
