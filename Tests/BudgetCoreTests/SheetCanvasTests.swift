import SpreadsheetModel
import Testing

/// The canvas keeps one cell per position and hands the sheet its cells row by row, left to
/// right, however they were put: header cells go in column by column, blanks fill in later.
@Suite struct SheetCanvasTests {
    @Test func cellsComeOutRowByRowWhateverOrderTheyWerePut() {
        var canvas = SheetCanvas(width: 3)
        canvas.put(2, 1, .text("c"), .body(), line: 7)
        canvas.put(1, 0, .text("a"), .header, line: 5)
        canvas.put(2, 0, .text("b"), .header, line: 6)
        canvas.fillBlanks(rows: 1..<3, style: .body())
        canvas.put(0, 4, .text("beyond the width"), .note, line: 1)
        let layout = canvas.finish(name: "表", frozenRows: 0, repeatRows: nil, landscape: false)
        #expect(layout.cells.map { [$0.row, $0.column] } == [[0, 4], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2]])
        #expect(layout.cells.map(\.value) == [.text("beyond the width"), .text("a"), .empty, .empty, .text("b"), .text("c"), .empty])
        #expect(layout.cells.map(\.sourceLine) == [1, 5, 0, 0, 6, 7, 0])
    }

    @Test func aPositionPutAgainKeepsOnlyTheLastCell() {
        var canvas = SheetCanvas(width: 2)
        canvas.put(0, 0, .text("合计"), .body(), line: 3)
        canvas.put(0, 1, .text("1.00"), .body(), line: 3)
        canvas.put(0, 0, .empty, .header, line: 0)
        canvas.put(0, 1, .text(""), .body(bold: true), line: 4)  // an empty text is a blank cell
        #expect(canvas.value(at: 0, 0) == .empty)
        #expect(canvas.style(at: 0, 0) == .header)
        #expect(canvas.cell(at: 0, 1)?.sourceLine == 4)
        #expect(canvas.value(at: 5, 5) == nil && canvas.style(at: -1, 0) == nil && canvas.cell(at: 0, 2) == nil)
        let layout = canvas.finish(name: "表", frozenRows: 0, repeatRows: nil, landscape: false)
        #expect(layout.cells.count == 2)
        #expect(layout.cells.map(\.value) == [.empty, .empty])
        #expect(layout.cells[1].style == .body(bold: true))
    }

    /// The grid is one array, a row every `width` slots; a cell beyond the width re-lays it.
    @Test func aCellBeyondTheWidthKeepsTheCellsPutBefore() {
        var canvas = SheetCanvas(width: 2, rows: 2)
        canvas.put(0, 0, .text("a"), .body(), line: 1)
        canvas.put(1, 1, .text("d"), .body(), line: 2)
        canvas.put(1, 3, .text("beyond"), .note, line: 2)
        #expect(canvas.value(at: 0, 0) == .text("a") && canvas.value(at: 1, 1) == .text("d"))
        #expect(canvas.value(at: 1, 3) == .text("beyond") && canvas.value(at: 0, 3) == nil && canvas.value(at: 1, 2) == nil)
        canvas.put(0, 0, .text("b"), .body(), line: 3)  // the same position after the re-lay: replaced
        canvas.put(3, 1, .text("e"), .body(), line: 4)  // a row below, two rows on
        canvas.fillBlanks(rows: 0..<4, style: .body())
        let layout = canvas.finish(name: "表", frozenRows: 0, repeatRows: nil, landscape: false)
        #expect(layout.cells.map { [$0.row, $0.column] }
                    == [[0, 0], [0, 1], [1, 0], [1, 1], [1, 3], [2, 0], [2, 1], [3, 0], [3, 1]])
        #expect(layout.cells.map(\.value) == [.text("b"), .empty, .empty, .text("d"), .text("beyond"), .empty, .empty, .empty, .text("e")])
    }
}
