import Testing
@testable import BudgetCore

@Suite("PDF grids, spans and cell text")
struct PDFGridTests {
    static func build(_ page: PDFTestPage) -> PDFDocumentBuilder.Result {
        PDFDocumentBuilder.build([page.content])
    }

    @Test func headerSpansComeFromMissingBoundaries() throws {
        // 项目 over 2 columns (no vertical at x=100 in row 0), 合计 down 2 rows (no horizontal
        // at y=30 under column 2), then one data row.
        var page = PDFTestPage()
        page.grid(xs: [10, 100, 200, 300], ys: [10, 30, 50, 70], skip: ["v1,0", "h1,2"])
        page.text("项目", x: 40, top: 15)
        page.text("合计", x: 240, top: 25)
        page.text("类", x: 50, top: 35)
        page.text("款", x: 150, top: 35)
        page.text("201", x: 50, top: 55)
        page.text("05", x: 150, top: 55)
        page.text("1,234", x: 250, top: 55)
        let grid = try #require(Self.build(page).document.grids.first)
        #expect(grid.rowCount == 3 && grid.columnCount == 3)
        #expect(grid.cells.map(\.summary) == [
            "0,0 1x2 项目", "0,2 2x1 合计", "1,0 1x1 类", "1,1 1x1 款",
            "2,0 1x1 201", "2,1 1x1 05", "2,2 1x1 1,234",
        ])
    }

    /// Excel paints a white rectangle behind the table and its title, then draws every rule
    /// twice: a 0.24 pt stroke and a 0.96 pt filled rectangle. One grid, the title outside it.
    @Test func excelDoubleRulesAndWhiteBackground() throws {
        var page = PDFTestPage()
        let background = [PDFPoint(x: 5, y: 0), PDFPoint(x: 305, y: 0), PDFPoint(x: 305, y: 80), PDFPoint(x: 5, y: 80), PDFPoint(x: 5, y: 0)]
        page.paths.append(PDFPath(paint: .fill, subpaths: [background], isWhite: true))
        page.text("三公经费表", x: 100, top: 5)
        page.grid(xs: [10, 150, 300], ys: [30, 50, 70])
        for y in [30.0, 50, 70] { page.strokedRule(from: PDFPoint(x: 10, y: y + 0.1), to: PDFPoint(x: 300, y: y + 0.1)) }
        for x in [10.0, 150, 300] { page.strokedRule(from: PDFPoint(x: x - 0.1, y: 30), to: PDFPoint(x: x - 0.1, y: 70)) }
        page.text("合计", x: 20, top: 35)
        page.text("47.91", x: 160, top: 35)
        page.text("公务接待费", x: 20, top: 55)
        page.text("0", x: 160, top: 55)
        let result = Self.build(page)
        #expect(result.document.summary == ["P1 三公经费表", "G1 2x2"])
        #expect(result.document.grids.first?.cells.map(\.summary) == ["0,0 1x1 合计", "0,1 1x1 47.91", "1,0 1x1 公务接待费", "1,1 1x1 0"])
    }

    @Test func wordsMissingTopRuleIsImpliedByTheVerticals() throws {
        var page = PDFTestPage()
        page.grid(xs: [10, 100, 200], ys: [30, 50])
        for x in [10.0, 100, 200] { page.filledRule(from: PDFPoint(x: x, y: 10), to: PDFPoint(x: x, y: 30)) }
        page.text("上行", x: 20, top: 15)
        page.text("下行", x: 20, top: 35)
        let grid = try #require(Self.build(page).document.grids.first)
        #expect(grid.rowCount == 2)
        #expect(grid.cells.first?.summary == "0,0 1x1 上行")
    }

    @Test func spaceRules() {
        func characters(_ items: [(String, Double, Double)]) -> [PDFCharacter] {
            items.map { PDFCharacter($0.0, box: PDFRect(minX: $0.1, minY: 0, maxX: $0.1 + $0.2, maxY: 10), fontSize: 10) }
        }
        // A gap of 6 (over 0.55 × 10) is a space; 5 is not.
        #expect(TextAssembler.text(characters([("项", 0, 10), ("目", 16, 10)])) == "项 目")
        #expect(TextAssembler.text(characters([("项", 0, 10), ("目", 15, 10)])) == "项目")
        // WPS's narrow space before Chinese punctuation is dropped; a real space is kept.
        #expect(TextAssembler.text(characters([("注", 0, 10), (" ", 10, 2), ("：", 12, 10)])) == "注：")
        #expect(TextAssembler.text(characters([("A", 0, 5), (" ", 5, 5), ("B", 10, 5)])) == "A B")
    }

    @Test func wrappedLinesJoinWithNothingExceptBetweenLatinOrDigits() {
        var page = PDFTestPage()
        page.text("事业单位经营", x: 0, top: 0)
        page.text("收入", x: 0, top: 12)
        #expect(TextAssembler.text(page.characters) == "事业单位经营收入")
        var latin = PDFTestPage()
        latin.text("Item 2024", x: 0, top: 0)
        latin.text("Budget", x: 0, top: 12)
        #expect(TextAssembler.text(latin.characters) == "Item 2024 Budget")
    }

    @Test func overprintedBoldCountsOnce() {
        var page = PDFTestPage()
        page.text("合计", x: 0, top: 0)
        page.text("合计", x: 0.2, top: 0.1)
        #expect(TextAssembler.text(PageReconstructor.removingOverprints(page.characters)) == "合计")
    }
}
