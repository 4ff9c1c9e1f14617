import SpreadsheetModel

/// One top-level header label and the columns it covers.
public struct HeaderGroup: Equatable, Sendable {
    public var cell: SourceCell
    public var firstColumn: Int
    public var lastColumn: Int
    /// True when the label covers both header rows (an empty leaf cell sits under it).
    public var spansBothRows: Bool
}

/// The rebuilt header of one table: where every header cell goes and which ranges merge.
/// Rows are relative to the first header row.
public struct HeaderLayout: Equatable, Sendable {
    public enum Source: Equatable, Sendable {
        case singleRow      // one header row, no merges
        case catalog        // the official layout of docs/templates.md
        case generalRule    // inferred from the flat rows
        case flat           // no rule fits: rows written as they are
        case explicit       // the source's own spans (HTML rowspan/colspan, Word gridSpan/vMerge)
        case none           // no header rows
    }

    public var rowCount: Int
    public var source: Source
    /// Each header cell with its target position (row offset, column).
    public var placements: [(row: Int, column: Int, cell: SourceCell)]
    public var merges: [GridRange]
    public var groups: [HeaderGroup]

    public static let empty = HeaderLayout(rowCount: 0, source: .none, placements: [], merges: [], groups: [])

    public static func == (lhs: HeaderLayout, rhs: HeaderLayout) -> Bool {
        lhs.rowCount == rhs.rowCount && lhs.source == rhs.source && lhs.merges == rhs.merges
            && lhs.groups == rhs.groups
            && lhs.placements.map { "\($0.row),\($0.column)" } == rhs.placements.map { "\($0.row),\($0.column)" }
            && lhs.placements.map(\.cell) == rhs.placements.map(\.cell)
    }

    /// The leaf label of each column (the row-2 label, or the spanning top label).
    public func columnLabels(width: Int) -> [String] {
        if rowCount > 2 { return deepestLabels(width: width) }
        var labels = Array(filled: "", count: width)
        for group in groups where group.spansBothRows && group.firstColumn < width {
            labels[group.firstColumn] = group.cell.text
        }
        for placement in placements where placement.column < width {
            if placement.row == rowCount - 1 || labels[placement.column].isEmpty, !placement.cell.isEmpty {
                labels[placement.column] = placement.cell.text
            }
        }
        return labels
    }

    /// Headers of three or four rows: each column's label is the lowest label over it.
    private func deepestLabels(width: Int) -> [String] {
        var labels = Array(filled: "", count: width)
        var depth = Array(filled: -1, count: width)
        for placement in placements where !placement.cell.isEmpty {
            let range = merges.first { $0.firstRow == placement.row && $0.firstColumn == placement.column }
            let last = max(placement.column, range?.lastColumn ?? placement.column)
            for column in placement.column...last where column < width && placement.row >= depth[column] {
                labels[column] = placement.cell.text
                depth[column] = placement.row
            }
        }
        return labels
    }
}
