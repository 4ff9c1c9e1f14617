import SpreadsheetModel
import Testing

/// A title wider than its table wraps inside its merge and its row grows, so print shows all
/// of it; a title that fits keeps the template's one-line style.
@Suite struct TitleWrapTests {
    static func sheet(title: String) -> SheetLayout {
        var canvas = SheetCanvas(width: 2)
        canvas.put(0, 0, .text(title), .title, line: 1)
        canvas.merge(GridRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1), .title)
        canvas.fixedHeights[0] = 32
        canvas.put(1, 0, .text("项目"), .header, line: 2)
        canvas.put(1, 1, .text("金额"), .header, line: 2)
        return canvas.finish(name: "表", frozenRows: 0, repeatRows: nil, landscape: false)
    }

    @Test func aTitleThatFitsStaysOneLine() {
        let layout = Self.sheet(title: "总表")
        #expect(layout.cells.first { $0.row == 0 }?.style == .title)
        #expect(layout.merges.first?.style == .title)
        #expect(layout.rowHeights[0] == 32)
    }

    @Test func aTitleWiderThanItsTableWraps() throws {
        let title = "冀财社[2021]153号河北省财政厅关于提前下达2022年中央就业补助资金预算的通知绩效目标表"
        let layout = Self.sheet(title: title)
        #expect(layout.cells.first { $0.row == 0 }?.style == .wrappedTitle)
        #expect(layout.merges.first?.style == .wrappedTitle)
        // 83 display columns at 18 pt need 135.8 units; the table is 2 × 6 wide (10 usable):
        // 14 lines of 24 pt.
        let height = try #require(layout.rowHeights[0])
        #expect(Int(height) == 14 * 24 + 8, "\(height)")
    }
}
