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
        var owner: [Int: [Int: GridRange]] = [:]
        for range in ranges {
            for row in range.firstRow...range.lastRow {
                for column in range.firstColumn...range.lastColumn {
                    if let other = owner[row]?[column] { throw Overlap(first: other, second: range) }
                    owner[row, default: [:]][column] = range
                }
            }
        }
    }
}
