/// The merge that starts at a cell (the last one given, where several start there), found
/// by position in a table over the sheet's rows and columns: every wrapped cell of a sheet
/// asks, and a dictionary hashed each key (a profile put it near 1% of a conversion).
struct MergeStarts {
    private let merges: [LayoutMerge]
    private let width: Int
    /// Index into `merges` + 1 for each cell of rows × width (0: no merge starts there).
    private var starts: [Int32]

    init(_ merges: [LayoutMerge], rows: Int, width: Int) {
        self.merges = merges
        self.width = width
        starts = merges.isEmpty ? [] : Array(filled: 0, count: rows * width)
        for (index, merge) in merges.enumerated() where holds(merge.range.firstRow, merge.range.firstColumn) {
            starts[merge.range.firstRow * width + merge.range.firstColumn] = Int32(index + 1)
        }
    }

    func range(_ row: Int, _ column: Int) -> GridRange? {
        guard !merges.isEmpty else { return nil }
        guard holds(row, column) else {
            // Outside the table (a cell put beyond the sheet's width): look through the merges.
            return merges.last { $0.range.firstRow == row && $0.range.firstColumn == column }?.range
        }
        let start = Int(starts[row * width + column])
        return start == 0 ? nil : merges[start - 1].range
    }

    private func holds(_ row: Int, _ column: Int) -> Bool {
        row >= 0 && column >= 0 && column < width && row * width + column < starts.count
    }
}
