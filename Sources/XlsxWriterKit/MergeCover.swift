import SpreadsheetModel

/// Which cells of a sheet merges cover, and which merge starts at a cell.
///
/// A grid over the merges' bounding box when that box is small or mostly merged (a table's
/// title, header and notes): it replaced a set and a dictionary keyed by position, whose two
/// hashes per cell a profile found beside the writing of the cell itself. Merges far apart
/// (A1:B1 and one near the sheet's last row) would make that box billions of cells, so such
/// a sheet keeps the set and the dictionary. Every merge has been written (and so checked
/// against the sheet's limits by libxlsxwriter) before its cells are counted here.
struct MergeCover {
    // The grid (empty when the layout keeps the set and the dictionary).
    private var firstRow = 0, firstColumn = 0, width = 0, height = 0
    /// Covered by a merge, not as its corner: libxlsxwriter has written it already.
    private var covered: [Bool] = []
    /// 1 + the index of the (last) merge starting at the cell; 0 for none.
    private var corner: [Int32] = []
    /// The same, for merges far apart.
    private var sparse: (covered: Set<Int>, corner: [Int: Int])?

    init(_ merges: [LayoutMerge]) {
        guard let first = merges.first?.range else { return }
        var top = first.firstRow, left = first.firstColumn, bottom = first.lastRow, right = first.lastColumn
        var mergedCells = 0
        for merge in merges {
            let range = merge.range
            (top, left) = (min(top, range.firstRow), min(left, range.firstColumn))
            (bottom, right) = (max(bottom, range.lastRow), max(right, range.lastColumn))
            mergedCells += (range.lastRow - range.firstRow + 1) * (range.lastColumn - range.firstColumn + 1)
        }
        let width = right - left + 1, height = bottom - top + 1
        guard height * width <= 4 * mergedCells + 65_536 else {
            var covered = Set<Int>(), corner: [Int: Int] = [:]
            for (index, merge) in merges.enumerated() {
                Self.forEachCell(of: merge.range) { row, column, isCorner in
                    if isCorner { corner[Self.key(row, column)] = index } else { covered.insert(Self.key(row, column)) }
                }
            }
            sparse = (covered, corner)
            return
        }
        (firstRow, firstColumn, self.width, self.height) = (top, left, width, height)
        covered = Array(filled: false, count: width * height)
        corner = Array(filled: 0, count: width * height)
        for (index, merge) in merges.enumerated() {
            Self.forEachCell(of: merge.range) { row, column, isCorner in
                let at = (row - top) * width + (column - left)
                if isCorner { corner[at] = Int32(index + 1) } else { covered[at] = true }
            }
        }
    }

    func isCovered(_ row: Int, _ column: Int) -> Bool {
        if let sparse { return sparse.covered.contains(Self.key(row, column)) }
        guard let at = place(row, column) else { return false }
        return covered[at]
    }

    /// The index of the merge whose corner this cell is.
    func merge(startingAt row: Int, _ column: Int) -> Int? {
        if let sparse { return sparse.corner[Self.key(row, column)] }
        guard let at = place(row, column), corner[at] > 0 else { return nil }
        return Int(corner[at]) - 1
    }

    private func place(_ row: Int, _ column: Int) -> Int? {
        let r = row - firstRow, c = column - firstColumn
        guard r >= 0, r < height, c >= 0, c < width else { return nil }
        return r * width + c
    }

    private static func forEachCell(of range: GridRange, _ body: (Int, Int, Bool) -> Void) {
        for row in range.firstRow...range.lastRow {
            for column in range.firstColumn...range.lastColumn {
                body(row, column, row == range.firstRow && column == range.firstColumn)
            }
        }
    }

    private static func key(_ row: Int, _ column: Int) -> Int { row &* 20_000 &+ column }
}
