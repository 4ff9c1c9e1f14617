import Testing
@testable import BudgetCore

@Suite("PDF pages into a structured document")
struct PDFDocumentTests {
    /// A budget table page: label, title, meta line, a 2-column table, a note and a page number.
    static func firstPage() -> PDFTestPage {
        var page = PDFTestPage()
        page.text("公开01表", x: 10, top: 10)
        page.text("收支预算总表", x: 150, top: 30, size: 16)
        page.text("部门：某某局", x: 10, top: 60)
        page.text("单位：万元", x: 250, top: 60)
        page.grid(xs: [10, 150, 300], ys: [80, 100, 120, 140, 160, 180])
        page.text("项目", x: 20, top: 85)
        page.text("金额", x: 160, top: 85)
        page.text("一、财政拨款", x: 20, top: 105)
        page.text("13,297.11", x: 160, top: 105)
        page.text("二、其他资金", x: 20, top: 125)
        page.text("80.00", x: 160, top: 125)
        // Rows 140–180 are the template's blank filler rows.
        page.text("注：本表为示例。", x: 10, top: 190)
        page.text("- 1 -", x: 140, top: 780)
        return page
    }

    @Test func textAroundTheGridInReadingOrderAndFillerRowsDropped() {
        let result = PDFDocumentBuilder.build([Self.firstPage().content])
        #expect(result.document.summary == ["P1 公开01表", "P1 收支预算总表", "P1 部门：某某局　单位：万元", "G1 3x2", "P1 注：本表为示例。"])
        #expect(result.warnings == ["page 1: dropped 2 blank filler rows of a table"])
        #expect(result.document.grids.first?.cells.map(\.text) == ["项目", "金额", "一、财政拨款", "13,297.11", "二、其他资金", "80.00"])
    }

    @Test func continuationPageJoinedWithItsRepeatedHeaderDropped() throws {
        var first = PDFTestPage()
        first.text("支出预算表", x: 100, top: 10)
        first.grid(xs: [10, 150, 300], ys: [80, 100, 120])
        first.text("项目", x: 20, top: 85)
        first.text("金额", x: 160, top: 85)
        first.text("一般公共服务支出", x: 20, top: 105)
        first.text("2,932,700", x: 160, top: 105)
        var second = PDFTestPage()
        second.number = 2
        second.text("3", x: 290, top: 780) // page number: not a title
        second.grid(xs: [10, 150, 300], ys: [20, 40, 60])
        second.text("项目", x: 20, top: 25)
        second.text("金额", x: 160, top: 25)
        second.text("教育支出", x: 20, top: 45)
        second.text("250,000", x: 160, top: 45)
        let result = PDFDocumentBuilder.build([first.content, second.content])
        #expect(result.document.summary == ["P1 支出预算表", "G1 3x2"])
        let grid = try #require(result.document.grids.first)
        #expect(grid.cells.map(\.summary) == [
            "0,0 1x1 项目", "0,1 1x1 金额", "1,0 1x1 一般公共服务支出", "1,1 1x1 2,932,700",
            "2,0 1x1 教育支出", "2,1 1x1 250,000",
        ])
        #expect(grid.cells.last?.line == 2)
    }

    /// The next page's part draws only some of the column edges (its one row merges the
    /// first two columns): it still continues the table, its cell spanning both columns.
    @Test func continuationWithASubsetOfTheColumnEdges() throws {
        var first = PDFTestPage()
        first.text("收入预算总表", x: 100, top: 10)
        first.grid(xs: [10, 60, 150, 300], ys: [80, 100, 120])
        first.text("类", x: 20, top: 85)
        first.text("名称", x: 70, top: 85)
        first.text("金额", x: 160, top: 85)
        first.text("201", x: 20, top: 105)
        first.text("一般公共服务", x: 70, top: 105)
        first.text("2,932,700", x: 160, top: 105)
        var second = PDFTestPage()
        second.number = 2
        second.grid(xs: [10, 150, 300], ys: [20, 40])
        second.text("合计", x: 60, top: 25)
        second.text("156,211,123", x: 160, top: 25)
        let result = PDFDocumentBuilder.build([first.content, second.content])
        let grid = try #require(result.document.grids.first)
        #expect(result.document.grids.count == 1)
        #expect(grid.rowCount == 3 && grid.columnCount == 3)
        #expect(grid.cells.suffix(2).map(\.summary) == ["2,0 1x2 合计", "2,2 1x1 156,211,123"])
    }

    /// A code merged over four rows, cut by the page break after two: page 1 prints `201`, page
    /// 2 starts with the rest of the merged cell, empty. One cell over the four rows.
    @Test func aCellMergedAcrossThePageBreakIsOneCell() throws {
        var first = PDFTestPage()
        first.text("支出预算表", x: 100, top: 10)
        first.grid(xs: [10, 60, 150, 300], ys: [80, 100, 120, 140], skip: ["h2,0"])
        first.text("类", x: 20, top: 85)
        first.text("名称", x: 70, top: 85)
        first.text("金额", x: 160, top: 85)
        first.text("201", x: 20, top: 115)
        first.text("人大事务", x: 70, top: 105)
        first.text("100", x: 160, top: 105)
        first.text("政协事务", x: 70, top: 125)
        first.text("200", x: 160, top: 125)
        var second = PDFTestPage()
        second.number = 2
        second.grid(xs: [10, 60, 150, 300], ys: [20, 40, 60, 80], skip: ["h1,0"])
        second.text("政府办公厅", x: 70, top: 25)
        second.text("300", x: 160, top: 25)
        second.text("发展与改革", x: 70, top: 45)
        second.text("400", x: 160, top: 45)
        second.text("205", x: 20, top: 65)
        second.text("教育", x: 70, top: 65)
        second.text("500", x: 160, top: 65)
        let result = PDFDocumentBuilder.build([first.content, second.content])
        #expect(result.document.grids.count == 1)
        let grid = try #require(result.document.grids.first)
        #expect(grid.rowCount == 6 && grid.columnCount == 3)
        #expect(grid.cells.filter { $0.column == 0 }.map(\.summary) == ["0,0 1x1 类", "1,0 4x1 201", "5,0 1x1 205"])
        #expect(grid.cells.filter { $0.column == 1 }.map(\.text) == ["名称", "人大事务", "政协事务", "政府办公厅", "发展与改革", "教育"])
    }

    /// An empty cell at the top of the next page under a one-row label is just an empty cell.
    @Test func anEmptyCellUnderAOneRowLabelStaysItsOwnCell() throws {
        var first = PDFTestPage()
        first.text("支出预算表", x: 100, top: 10)
        first.grid(xs: [10, 60, 150, 300], ys: [80, 100, 120])
        first.text("类", x: 20, top: 85)
        first.text("名称", x: 70, top: 85)
        first.text("金额", x: 160, top: 85)
        first.text("201", x: 20, top: 105)
        first.text("人大事务", x: 70, top: 105)
        first.text("100", x: 160, top: 105)
        var second = PDFTestPage()
        second.number = 2
        second.grid(xs: [10, 60, 150, 300], ys: [20, 40])
        second.text("政协事务", x: 70, top: 25)
        second.text("200", x: 160, top: 25)
        let result = PDFDocumentBuilder.build([first.content, second.content])
        let grid = try #require(result.document.grids.first)
        #expect(grid.cells.filter { $0.column == 0 }.map(\.summary) == ["0,0 1x1 类", "1,0 1x1 201", "2,0 1x1 "])
    }

    @Test func aTitledTableOnTheNextPageIsANewTable() {
        var first = PDFTestPage()
        first.grid(xs: [10, 150, 300], ys: [80, 100, 120])
        first.text("项目", x: 20, top: 85)
        first.text("金额", x: 160, top: 85)
        first.text("一", x: 20, top: 105)
        first.text("1", x: 160, top: 105)
        var second = first
        second.number = 2
        second.text("另一张表", x: 100, top: 40)
        let result = PDFDocumentBuilder.build([first.content, second.content])
        #expect(result.document.summary == ["G1 2x2", "P2 另一张表", "G2 2x2"])
    }

    @Test func chartLegendsAndEmptyFramesAreNotTables() {
        var page = PDFTestPage()
        // A legend: one row of swatch boxes with labels.
        page.grid(xs: [10, 30, 100, 120, 190], ys: [400, 415])
        page.text("基本支出", x: 35, top: 402)
        page.text("项目支出", x: 125, top: 402)
        // An empty 3×3 frame.
        page.grid(xs: [10, 50, 90, 130], ys: [500, 520, 540, 560])
        let result = PDFDocumentBuilder.build([page.content])
        #expect(result.document.summary == ["P1 基本支出", "P1 项目支出"])
    }

    @Test func narrativeWrappedToTheMarginIsOneParagraph() {
        var page = PDFTestPage()
        page.text("一、部门主要职能", x: 10, top: 10)
        page.text("本部门负责全区的预算编制和执行工作，并承担", x: 30, top: 30)
        page.text("有关的其他事项。", x: 10, top: 42)
        page.text("二、部门预算单位构成", x: 10, top: 60)
        let result = PDFDocumentBuilder.build([page.content])
        #expect(result.document.summary == [
            "P1 一、部门主要职能", "P1 本部门负责全区的预算编制和执行工作，并承担有关的其他事项。", "P1 二、部门预算单位构成",
        ])
    }

    /// Only a line starting the next item of a list keeps its line break in a cell.
    @Test func listItemsStartLines() {
        #expect(TextAssembler.startsListItem("2.发放补贴"))
        #expect(TextAssembler.startsListItem("2、发放补贴"))
        #expect(TextAssembler.startsListItem("（2）发放补贴"))
        #expect(TextAssembler.startsListItem("(12)发放补贴"))
        #expect(TextAssembler.startsListItem("二、部门预算"))
        #expect(!TextAssembler.startsListItem("2.5%"))
        #expect(!TextAssembler.startsListItem("2024年"))
        #expect(!TextAssembler.startsListItem("2."))
        #expect(!TextAssembler.startsListItem("发放补贴"))
    }

    @Test func pageNumbersAreFurniture() {
        #expect(PDFDocumentBuilder.isPageNumber("- 3 -"))
        #expect(PDFDocumentBuilder.isPageNumber("第 3 页 共 12 页"))
        #expect(PDFDocumentBuilder.isPageNumber("3/12"))
        #expect(PDFDocumentBuilder.isPageNumber("第 3 页，共 53 页"))
        #expect(PDFDocumentBuilder.isPageNumber("Page 3 of 53"))
        #expect(!PDFDocumentBuilder.isPageNumber("单位：万元"))
        #expect(!PDFDocumentBuilder.isPageNumber("第3季度"))
        #expect(!PDFDocumentBuilder.isPageNumber("公开01表"))
        #expect(!PDFDocumentBuilder.isPageNumber("2024年"))
        #expect(!PDFDocumentBuilder.isPageNumber("2024"))
    }
}
