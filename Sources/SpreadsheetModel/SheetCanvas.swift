/// A sheet being laid out: cells by position, merges, and the row heights that must be set
/// by hand (merged wrapped text, which spreadsheet programs do not auto-fit).
public struct SheetCanvas {
    public let width: Int
    /// The cells, in the order they were first put (a position put again is replaced in place).
    private var cells: [LayoutCell] = []
    /// By row, then column: the index in `cells` of the cell there, or -1 (none yet). A dense
    /// grid rather than dictionaries: a sheet is nearly full, and every cell is put, looked up
    /// and ordered once or more. Indexes rather than optional cells: making and testing an
    /// optional cell slot cost a value-witness call each, more than putting the cell. One flat
    /// array, `stride` slots a row: an array per row was a new array for every row put, and
    /// each row read out of the grid was retained and released.
    private var grid: [Int] = []
    /// Slots a row: the width, or more once a cell is put beyond it (the grid is then re-laid).
    private var stride: Int
    /// Rows in the grid.
    private var rowCount = 0
    public private(set) var merges: [LayoutMerge] = []
    public var fixedHeights: [Int: Double] = [:]

    static let minimumColumnWidth = 6.0
    static let maximumColumnWidth = 30.0
    /// Header labels wrap, so they ask for less width than their full text.
    static let headerWidthCap = 14
    public static let lineHeight = 13.5
    /// Character units that print legibly across an A4 portrait page.
    static let portraitWidth = 100.0

    public init(width: Int) {
        self.width = width
        stride = max(width, 1)
    }

    /// A canvas with room for about `rows` full rows, made at once (grown cell by cell, the
    /// cells were copied to a new buffer a dozen times a sheet).
    public init(width: Int, rows: Int) {
        self.width = width
        stride = max(width, 1)
        cells.reserveCapacity(max(rows, 0) * max(width, 1))
        grid.reserveCapacity(max(rows, 0) * stride)
    }

    /// The value and style are taken, not copied: most callers hand over ones made for the call.
    public mutating func put(_ row: Int, _ column: Int, _ value: consuming CellValue, _ style: consuming CellStyle, line: Int) {
        guard row >= 0, column >= 0 else { return }
        // An empty text is written as a blank cell: say so, so read-back agrees with the layout.
        // (A pattern, not `== .text("")`: that compares strings for every cell put.)
        if case .text(let text) = value, text.isEmpty { value = .empty }
        // A new row is made at its full width at once (appending -1s to an empty row went
        // through the generic path, twice a row).
        if column >= stride { widen(to: column + 1) }
        if row >= rowCount {
            grid.append(contentsOf: repeatElement(-1, count: (row + 1 - rowCount) * stride))
            rowCount = row + 1
        }
        let cell = LayoutCell(row: row, column: column, value: value, style: style, sourceLine: line)
        let slot = row * stride + column
        let index = grid[slot]
        if index >= 0 {
            cells[index] = cell
        } else {
            grid[slot] = cells.count
            cells.append(cell)
        }
    }

    /// The grid re-laid with `newStride` slots a row (a cell put beyond the width: rare).
    private mutating func widen(to newStride: Int) {
        var wider = Array(filled: -1, count: rowCount * newStride)
        for row in 0..<rowCount {
            for column in 0..<stride { wider[row * newStride + column] = grid[row * stride + column] }
        }
        grid = wider
        stride = newStride
    }

    public func cell(at row: Int, _ column: Int) -> LayoutCell? {
        let index = self.index(row, column)
        return index >= 0 ? cells[index] : nil
    }

    /// The index in `cells` of the cell at a position, or -1.
    private func index(_ row: Int, _ column: Int) -> Int {
        holds(row, column) ? grid[row * stride + column] : -1
    }

    private func holds(_ row: Int, _ column: Int) -> Bool {
        row >= 0 && row < rowCount && column >= 0 && column < stride
    }

    public mutating func merge(_ range: GridRange, _ style: CellStyle) {
        guard range.isWellFormed, !range.isSingleCell else { return }
        merges.append(LayoutMerge(range: range, style: style))
    }

    // Read in place: a whole LayoutCell copied out to read one field costs a retain and a
    // release of each of its strings.
    public func value(at row: Int, _ column: Int) -> CellValue? {
        let index = self.index(row, column)
        return index >= 0 ? cells[index].value : nil
    }

    public func style(at row: Int, _ column: Int) -> CellStyle? {
        let index = self.index(row, column)
        return index >= 0 ? cells[index].style : nil
    }

    private func isFree(_ row: Int, _ column: Int) -> Bool { index(row, column) < 0 }

    /// Bordered blanks wherever a table row has no cell, so every cell of the grid is framed.
    public mutating func fillBlanks(rows: Range<Int>, style: CellStyle) {
        fillBlanks(rows: rows) { _ in style }
    }

    public mutating func fillBlanks(rows: Range<Int>, style: (Int) -> CellStyle) {
        for row in rows {
            for column in 0..<width where isFree(row, column) {
                put(row, column, .empty, style(column), line: 0)
            }
        }
    }

    /// The sheet's layout; the canvas is left empty (its cells are moved out, not copied).
    public mutating func finish(name: String, frozenRows: Int, repeatRows: ClosedRange<Int>?, landscape: Bool,
                                autoFilter: GridRange? = nil) -> SheetLayout {
        // Each bordered text is measured once: the widths of one-line texts (by cell, in put
        // order) size their rows too, where each wrapped cell was walked a second time.
        let (widths, oneLineWidths) = columnWidths()
        var heights = fixedHeights
        heights.reserveCapacity(fixedHeights.count + rowCount)  // a wrapped row each, nearly
        var (ordered, sorted) = takeCellsInOrder()
        let measured = sorted ? [] : oneLineWidths
        var merges = merges
        wrapWideTitles(in: &ordered, merges: &merges, heights: &heights, widths: widths)
        // Spreadsheet programs do not reliably auto-fit wrapped rows on opening (and never
        // merged ones), so every row whose wrapped text needs more than one line gets a height.
        let sheetRows = ordered.last.map { $0.row + 1 } ?? 0
        let mergeAt = MergeStarts(merges, rows: sheetRows, width: width)
        // The tallest wrapped cell of each row, in an array: nearly every row has one, and a
        // dictionary update per cell cost more than measuring its text.
        var wrappedHeights = Array(filled: 0.0, count: sheetRows)
        // Through the buffer, fields are read in place (indexing the array copied whole cells).
        ordered.withUnsafeBufferPointer { cells in
            for cell in cells.indices where cells[cell].style.wrap {
                let row = cells[cell].row, column = cells[cell].column
                let oneLineWidth = cell < measured.count ? Int(measured[cell]) : -1
                guard oneLineWidth >= 0 || !cells[cell].value.showsNoText else { continue }
                let range = mergeAt.range(row, column)
                if let range, range.lastRow > range.firstRow { continue }  // vertical merges have room
                let lastColumn = min(range?.lastColumn ?? column, widths.count - 1)
                guard column <= lastColumn else { continue }
                let capacity = widths[column...lastColumn].reduce(0, +)
                let needed = oneLineWidth >= 0 ? SheetCanvas.height(ofOneLine: oneLineWidth, capacity: capacity)
                                               : SheetCanvas.height(of: cells[cell].value.text, capacity: capacity)
                if needed > 18 { wrappedHeights[row] = max(wrappedHeights[row], needed) }
            }
        }
        for row in wrappedHeights.indices where wrappedHeights[row] > 0 {
            heights[row] = max(heights[row] ?? 0, wrappedHeights[row])
        }
        var layout = SheetLayout(name: name, cells: ordered, merges: merges, columnWidths: widths, rowHeights: heights,
                                 frozenRows: frozenRows, repeatRows: repeatRows,
                                 landscape: landscape || widths.reduce(0, +) > SheetCanvas.portraitWidth)
        layout.autoFilter = autoFilter
        return layout
    }

    /// Every cell, row by row: the cells as put (moved out, not copied), sorted when they were
    /// not put in that order (and whether they were).
    private mutating func takeCellsInOrder() -> (cells: [LayoutCell], sorted: Bool) {
        var ordered: [LayoutCell] = []
        swap(&ordered, &cells)
        grid = []
        rowCount = 0
        // Most sheets are put row by row, left to right: then the cells are in order already.
        // Positions are unique, so sorting them otherwise gives the one row-major order.
        let inOrder = ordered.indices.dropFirst().allSatisfy { index in
            (ordered[index - 1].row, ordered[index - 1].column) < (ordered[index].row, ordered[index].column)
        }
        if !inOrder { ordered.sort { ($0.row, $0.column) < ($1.row, $1.column) } }
        return (ordered, !inOrder)
    }

    /// A title is centred across its table in one line of 18 pt; when that line is wider
    /// than the table, the title wraps and its row grows, so print shows all of it.
    private func wrapWideTitles(in cells: inout [LayoutCell], merges: inout [LayoutMerge],
                                heights: inout [Int: Double], widths: [Double]) {
        let tableWidth = widths.reduce(0, +)
        for position in cells.indices where cells[position].style == .title {
            let cell = cells[position], row = cell.row, column = cell.column
            let needed = Double(DisplayWidth.widestLine(cell.value.text)) * CellStyle.title.fontSize / 11
            guard needed > tableWidth - 2 else { continue }
            let lines = (needed / max(tableWidth - 2, 4)).rounded(.up)
            cells[position].style = .wrappedTitle
            for index in merges.indices where merges[index].range.firstRow == row && merges[index].range.firstColumn == column {
                merges[index].style = .wrappedTitle
            }
            heights[row] = max(heights[row] ?? 0, lines * 24 + 8)
        }
    }

    /// Widths from the content's display width, skipping the title and meta rows and text
    /// that spans several columns; and, by cell (in `cells`), the width of each text measured
    /// that has one line (-1 for the rest).
    private func columnWidths() -> (widths: [Double], oneLineWidths: [Int32]) {
        var widest = Array(filled: 0, count: width)
        var oneLineWidths = Array(filled: Int32(-1), count: cells.count)
        // Cells under a merge across columns, one flag per cell of the grid (merges reaching
        // past the grid's cells have nothing there to skip).
        var spanned: [Bool] = []
        for merge in merges where merge.range.firstColumn != merge.range.lastColumn
            && merge.range.firstRow < rowCount && merge.range.firstColumn < width {
            if spanned.isEmpty { spanned = Array(filled: false, count: rowCount * width) }
            for row in merge.range.firstRow...min(merge.range.lastRow, rowCount - 1) {
                for column in merge.range.firstColumn...min(merge.range.lastColumn, width - 1) {
                    spanned[row * width + column] = true
                }
            }
        }
        // Each cell read through its pointer: read off the array, the whole cell was copied.
        cells.withUnsafeBufferPointer { cells in
            guard let first = cells.baseAddress else { return }
            for row in 0..<rowCount {
                for column in 0..<min(width, stride) where spanned.isEmpty || !spanned[row * width + column] {
                    let index = grid[row * stride + column]
                    guard index >= 0, let needed = LayoutCell.widthNeeded(of: first + index, oneLineWidth: &oneLineWidths[index])
                    else { continue }
                    widest[column] = max(widest[column], needed)
                }
            }
        }
        let widths = widest.map { min(max(Double($0) + 2, SheetCanvas.minimumColumnWidth), SheetCanvas.maximumColumnWidth) }
        return (widths, oneLineWidths)
    }

    /// Characters `#,##0.00` needs for this number.
    static func amountWidth(_ number: Double) -> Int {
        // Digits of the integer part, counted rather than printed (one string per amount cell).
        // Beyond Int (or not finite), converting would trap: such a number is as wide as
        // the widest column allows anyway.
        let whole = abs(number).rounded(.down)
        guard whole < 9e18 else { return Int(maximumColumnWidth) }
        var integerDigits = 1
        var integer = Int(whole)
        while integer >= 10 { integer /= 10; integerDigits += 1 }
        return integerDigits + (integerDigits - 1) / 3 + 3 + (number < 0 ? 1 : 0)
    }

    public static func height(of text: String, capacity: Double) -> Double {
        var lines = 0
        DisplayWidth.forEachLineWidth(text) { width in lines += wrappedLines(width, capacity: capacity) }
        return height(lines: lines)
    }

    /// `height(of:capacity:)` of a text of one line this wide.
    static func height(ofOneLine width: Int, capacity: Double) -> Double {
        height(lines: wrappedLines(width, capacity: capacity))
    }

    /// The lines a line of text this wide wraps to in a column of this capacity (at least one).
    private static func wrappedLines(_ width: Int, capacity: Double) -> Int {
        max(1, Int((Double(width) / max(capacity - 1, 4)).rounded(.up)))
    }

    private static func height(lines: Int) -> Double { max(18, Double(lines) * lineHeight + 5) }
}

extension LayoutCell {
    /// The characters of width this cell asks of its column; nil when it asks none (blank,
    /// or unframed: title, meta and notes do not size columns).
    /// A text of one line leaves its width in `oneLineWidth`.
    static func widthNeeded(of cell: UnsafePointer<LayoutCell>, oneLineWidth: inout Int32) -> Int? {
        guard cell.pointee.style.border else { return nil }
        var needed: Int
        if let (widest, lines) = cell.pointee.value.textLineWidths() {
            if lines == 1 { oneLineWidth = Int32(clamping: widest) }
            needed = widest + 2 * cell.pointee.style.indent
        } else {
            switch cell.pointee.value {
            case .empty, .text: return nil  // (a text is measured above)
            case .number(let number, _, let format) where format == .amount: needed = SheetCanvas.amountWidth(number)
            case .number(_, let source, _): needed = source.count
            }
        }
        if cell.pointee.style == .header { needed = min(needed, SheetCanvas.headerWidthCap) }
        return needed
    }
}
