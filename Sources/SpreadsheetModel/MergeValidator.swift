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

    private struct Cell: Hashable {
        var row: Int
        var column: Int
    }
}
