import SpreadsheetModel

/// Which cells of a sheet merges cover, and which merge starts at a cell: a grid over the
/// merges' bounding box. It replaced a set and a dictionary keyed by position, whose two
/// hashes per cell a profile found beside the writing of the cell itself.
struct MergeCover {
    private let firstRow: Int
    private let firstColumn: Int
    private let width: Int
    private let height: Int
    /// Covered by a merge, not as its corner: libxlsxwriter has written it already.
    private var covered: [Bool]
    /// 1 + the index of the (last) merge whose corner the cell is; 0 for none.
    private var corner: [Int32]

    init(_ merges: [LayoutMerge]) {
        guard let first = merges.first else {
            (firstRow, firstColumn, width, height, covered, corner) = (0, 0, 0, 0, [], [])
            return
        }
        var top = first.range.firstRow, left = first.range.firstColumn
        var bottom = first.range.lastRow, right = first.range.lastColumn
        for merge in merges {
            top = min(top, merge.range.firstRow)
            left = min(left, merge.range.firstColumn)
            bottom = max(bottom, merge.range.lastRow)
            right = max(right, merge.range.lastColumn)
        }
        (firstRow, firstColumn, width, height) = (top, left, right - left + 1, bottom - top + 1)
        covered = Array(repeating: false, count: width * height)
        corner = Array(repeating: 0, count: width * height)
        for (index, merge) in merges.enumerated() {
            let range = merge.range
            corner[offset(range.firstRow, range.firstColumn)] = Int32(index + 1)
            for row in range.firstRow...range.lastRow {
                for column in range.firstColumn...range.lastColumn where row != range.firstRow || column != range.firstColumn {
                    covered[offset(row, column)] = true
                }
            }
        }
    }

    func isCovered(_ row: Int, _ column: Int) -> Bool {
        guard let at = place(row, column) else { return false }
        return covered[at]
    }

    /// The index of the merge whose corner this cell is.
    func merge(startingAt row: Int, _ column: Int) -> Int? {
        guard let at = place(row, column), corner[at] > 0 else { return nil }
        return Int(corner[at]) - 1
    }

    private func place(_ row: Int, _ column: Int) -> Int? {
        let r = row - firstRow, c = column - firstColumn
        guard r >= 0, r < height, c >= 0, c < width else { return nil }
        return r * width + c
    }

    private func offset(_ row: Int, _ column: Int) -> Int { (row - firstRow) * width + (column - firstColumn) }
}
