/// libxlsxwriter accepts overlapping merges silently and writes a corrupt file: every sheet's
/// merges are checked here before any C call.
public enum MergeValidator {
    public struct Overlap: Error, Equatable, Sendable, CustomStringConvertible {
        public var first: GridRange
        public var second: GridRange
        public init(first: GridRange, second: GridRange) {
            self.first = first
            self.second = second
        }

        public var description: String { "merged ranges \(first) and \(second) overlap" }
    }

    public static func check(_ ranges: [GridRange]) throws(Overlap) {
        for range in ranges where !range.isWellFormed { throw Overlap(first: range, second: range) }
        if ranges.count <= pairwiseLimit { try checkPairwise(ranges) } else { try checkByCells(ranges) }
    }

    static func checkByCells(_ ranges: [GridRange]) throws(Overlap) {
        // One table keyed by cell, not a table per row (an allocation for every merged row).
        var owner: [Cell: GridRange] = [:]
        for range in ranges {
            for row in range.firstRow...range.lastRow {
                for column in range.firstColumn...range.lastColumn {
                    let cell = Cell(row: row, column: column)
                    if let other = owner[cell] { throw Overlap(first: other, second: range) }
                    owner[cell] = range
                }
            }
        }
    }

    /// A sheet of a budget has a few dozen merges: comparing each with the ones before it is
    /// cheaper than hashing every merged cell. Beyond this many, the table of cells is.
    static let pairwiseLimit = 64

    /// The same finding as the table of cells: the first range (in order) that overlaps an
    /// earlier one, with the earlier range owning the first shared cell in row-major order.
    /// Earlier ranges never overlap each other, so each shares one rectangle with `range`, and
    /// the first shared cell is the top-left corner of one of those rectangles.
    static func checkPairwise(_ ranges: [GridRange]) throws(Overlap) {
        for (index, range) in ranges.enumerated() {
            var owner: GridRange?
            var firstShared = (row: Int.max, column: Int.max)
            for other in ranges[..<index] where other.firstRow <= range.lastRow && range.firstRow <= other.lastRow
                && other.firstColumn <= range.lastColumn && range.firstColumn <= other.lastColumn {
                let corner = (row: max(other.firstRow, range.firstRow), column: max(other.firstColumn, range.firstColumn))
                if corner < firstShared { firstShared = corner; owner = other }
            }
            if let owner { throw Overlap(first: owner, second: range) }
        }
    }

    private struct Cell: Hashable {
        var row: Int
        var column: Int
    }
}
