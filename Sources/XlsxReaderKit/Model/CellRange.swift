/// A rectangular block of cells such as a merge ("A3:A4"); `first` is always the
/// top-left and `last` the bottom-right corner.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CellAddress
    public var last: CellAddress

    /// Normalises the corners so `first` is top-left whatever order they come in.
    public init(first: CellAddress, last: CellAddress) {
        self.first = CellAddress(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellAddress(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses "A3:A4" or a single cell "B2".
    public init?(_ a1: String) {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellAddress(String(parts[0])) else { return nil }
            self.init(first: cell, last: cell)
        case 2:
            guard let a = CellAddress(String(parts[0])), let b = CellAddress(String(parts[1])) else { return nil }
            self.init(first: a, last: b)
        default:
            return nil
        }
    }

    /// "A3:A4", or "B2" for a one-cell range.
    public var a1: String { first == last ? first.a1 : "\(first.a1):\(last.a1)" }

    public var description: String { a1 }

    public var rowCount: Int { last.row - first.row + 1 }
    public var columnCount: Int { last.column - first.column + 1 }

    public func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }
}
