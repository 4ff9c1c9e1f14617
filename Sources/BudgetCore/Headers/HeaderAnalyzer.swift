import SpreadsheetModel

/// Rebuilds merged two-level headers from their flat form (docs/format.md "Two-level headers"):
/// header row 1 lists each top label once, header row 2 every leaf column with an empty cell
/// under each label that spans both rows.
public enum HeaderAnalyzer {
    public struct Result: Sendable {
        public var layout: HeaderLayout
        public var warnings: [String]
    }

    public static func singleRow(_ row: SourceRow) -> HeaderLayout {
        HeaderLayout(rowCount: 1, source: .singleRow,
                     placements: row.cells.enumerated().map { (0, $0.offset, $0.element) },
                     merges: [], groups: [])
    }

    public static func twoRows(top: SourceRow, leaves: SourceRow, width: Int, catalogSpans: [Int]?) -> Result {
        let leafCells = padded(leaves.cells, to: width, line: leaves.line)
        if let spans = catalogSpans, let groups = groups(fromSpans: spans, top: top.cells, leaves: leafCells) {
            return Result(layout: layout(groups, leaves: leafCells, source: .catalog), warnings: [])
        }
        var warnings: [String] = []
        if catalogSpans != nil {
            warnings.append("header does not match the official layout; merges inferred from the rows")
        }
        switch inferGroups(top: top.cells, leaves: leafCells) {
        case .some((let groups, let ambiguous)):
            if ambiguous {
                warnings.append("header is ambiguous (adjacent spanning labels); spans guessed")
            }
            return Result(layout: layout(groups, leaves: leafCells, source: .generalRule), warnings: warnings)
        case .none:
            warnings.append("no header rule fits the rows; header written as found, without merges")
            var placements = top.cells.enumerated().map { (row: 0, column: $0.offset, cell: $0.element) }
            placements += leaves.cells.enumerated().map { (row: 1, column: $0.offset, cell: $0.element) }
            return Result(layout: HeaderLayout(rowCount: 2, source: .flat, placements: placements,
                                               merges: [], groups: []),
                          warnings: warnings)
        }
    }

    private static func padded(_ cells: [SourceCell], to width: Int, line: Int) -> [SourceCell] {
        cells.count >= width ? cells : cells + Array(filled: SourceCell("", line: line), count: width - cells.count)
    }

    /// Official spans fit when their count matches the top labels, they cover the width, and
    /// each single-column label that spans both rows has an empty leaf under it.
    private static func groups(fromSpans spans: [Int], top: [SourceCell], leaves: [SourceCell]) -> [HeaderGroup]? {
        guard spans.count == top.count, spans.reduce(0, +) == leaves.count, spans.allSatisfy({ $0 >= 1 }) else {
            return nil
        }
        var groups: [HeaderGroup] = []
        var column = 0
        for (span, cell) in zip(spans, top) {
            let last = column + span - 1
            let leafRange = leaves[column...last]
            if span == 1 && leafRange.allSatisfy(\.isEmpty) {
                groups.append(HeaderGroup(cell: cell, firstColumn: column, lastColumn: last, spansBothRows: true))
            } else if leafRange.allSatisfy({ !$0.isEmpty }) {
                groups.append(HeaderGroup(cell: cell, firstColumn: column, lastColumn: last, spansBothRows: false))
            } else {
                return nil
            }
            column += span
        }
        return groups
    }

    /// The general rule: an empty leaf means a vertical label; a run of leaves belongs to the
    /// next top label(s). Returns nil when the counts cannot be reconciled.
    static func inferGroups(top: [SourceCell], leaves: [SourceCell]) -> (groups: [HeaderGroup], ambiguous: Bool)? {
        var groups: [HeaderGroup] = []
        var ambiguous = false
        var t = 0
        var c = 0
        let n = leaves.count
        while c < n {
            if leaves[c].isEmpty {
                guard t < top.count else { return nil }
                groups.append(HeaderGroup(cell: top[t], firstColumn: c, lastColumn: c, spansBothRows: true))
                t += 1
                c += 1
                continue
            }
            var j = c
            while j < n, !leaves[j].isEmpty { j += 1 }
            let emptiesAfter = leaves[j...].filter(\.isEmpty).count
            let runsAfter = runCount(leaves[j...])
            let share = top.count - t - emptiesAfter - runsAfter
            guard share >= 1, share <= j - c else { return nil }
            if share > 1 { ambiguous = true }
            for (first, last) in split(run: c..<j, into: share, leaves: leaves) {
                groups.append(HeaderGroup(cell: top[t], firstColumn: first, lastColumn: last, spansBothRows: false))
                t += 1
            }
            c = j
        }
        return t == top.count ? (groups, ambiguous) : nil
    }

    private static func runCount(_ cells: ArraySlice<SourceCell>) -> Int {
        var runs = 0
        var inRun = false
        for cell in cells {
            if !cell.isEmpty && !inRun { runs += 1 }
            inRun = !cell.isEmpty
        }
        return runs
    }

    /// Splits a run of leaf labels among `parts` top labels: where the run's first label
    /// repeats (`项目 金额 项目 合计 …`) if that gives the right count, else evenly.
    private static func split(run: Range<Int>, into parts: Int, leaves: [SourceCell]) -> [(Int, Int)] {
        if parts == 1 { return [(run.lowerBound, run.upperBound - 1)] }
        let firstLabel = TextNormalizer.compact(leaves[run.lowerBound].text)
        let starts = run.filter { TextNormalizer.compact(leaves[$0].text) == firstLabel }
        var boundaries: [Int]
        if starts.count == parts {
            boundaries = starts
        } else {
            let size = run.count / parts
            let extra = run.count % parts
            boundaries = []
            var start = run.lowerBound
            for index in 0..<parts {
                boundaries.append(start)
                start += size + (index < extra ? 1 : 0)
            }
        }
        return boundaries.enumerated().map { index, start in
            (start, index + 1 < boundaries.count ? boundaries[index + 1] - 1 : run.upperBound - 1)
        }
    }

    private static func layout(_ groups: [HeaderGroup], leaves: [SourceCell], source: HeaderLayout.Source) -> HeaderLayout {
        var placements: [(row: Int, column: Int, cell: SourceCell)] = []
        var merges: [GridRange] = []
        for group in groups {
            placements.append((0, group.firstColumn, group.cell))
            if group.spansBothRows {
                merges.append(GridRange(firstRow: 0, firstColumn: group.firstColumn, lastRow: 1, lastColumn: group.lastColumn))
            } else if group.lastColumn > group.firstColumn {
                merges.append(GridRange(firstRow: 0, firstColumn: group.firstColumn, lastRow: 0, lastColumn: group.lastColumn))
            }
        }
        for (column, leaf) in leaves.enumerated() where !leaf.isEmpty {
            placements.append((1, column, leaf))
        }
        placements.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        return HeaderLayout(rowCount: 2, source: source, placements: placements, merges: merges, groups: groups)
    }
}
