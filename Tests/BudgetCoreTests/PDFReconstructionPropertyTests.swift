import CorpusGenerator
import Testing
@testable import BudgetCore

/// The reconstruction from ruling lines runs on whatever a PDF draws: random grids with
/// merged cells, blank rows, a 栏次 row, stray and tiny rules, text inside and outside, tables
/// continued over pages. Whatever the page, it must never trap (one bad PDF must not stop a
/// batch), every character inside a grid must land in one cell, and the assembled document's
/// grids must stay within their own bounds.
@Suite struct PDFReconstructionPropertyTests {
    static func randomPage(number: Int, using random: inout SplitMix64) -> PDFTestPage {
        var page = PDFTestPage()
        page.number = number
        let columns = Int.random(in: 1...7, using: &random)
        let rows = Int.random(in: 1...9, using: &random)
        var xs = [40.0]
        for _ in 0..<columns { xs.append(xs[xs.count - 1] + Double.random(in: 4...90, using: &random)) }
        var ys = [Double.random(in: 60...200, using: &random)]
        for _ in 0..<rows { ys.append(ys[ys.count - 1] + Double.random(in: 3...30, using: &random)) }
        var skip: Set<String> = []
        for _ in 0..<Int.random(in: 0...(rows * columns), using: &random) {
            let vertical = Bool.random(using: &random)
            let k = Int.random(in: 0...(vertical ? columns : rows), using: &random)
            let band = Int.random(in: 0..<(vertical ? rows : columns), using: &random)
            skip.insert(vertical ? "v\(k),\(band)" : "h\(k),\(band)")
        }
        page.grid(xs: xs, ys: ys, skip: skip)
        // Text in some cells: labels, figures, the 栏次 row, list items, empty rows.
        let words = ["项目", "合计", "栏次", "1", "2,932,700", "1.保障", "2.发放", "注：空表", "一、", "公开01表", "第 3 页，共 9 页", " "]
        for row in 0..<rows where Int.random(in: 0..<4, using: &random) > 0 {
            for column in 0..<columns where Bool.random(using: &random) {
                let word = words[Int.random(in: 0..<words.count, using: &random)]
                page.text(word, x: xs[column] + 1, top: ys[row] + 1, size: Double.random(in: 1...12, using: &random))
            }
        }
        // Text around the grid (title, meta line pieces, footer) and stray rules.
        page.text(words[Int.random(in: 0..<words.count, using: &random)], x: 50, top: ys[0] - 30)
        page.text("单位：万元", x: Double.random(in: 40...400, using: &random), top: ys[0] - 14)
        page.text("第 \(number) 页，共 9 页", x: 250, top: 780)
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let x = Double.random(in: 0...600, using: &random), y = Double.random(in: 0...800, using: &random)
            page.strokedRule(from: PDFPoint(x: x, y: y), to: PDFPoint(x: x + Double.random(in: -5...200, using: &random), y: y))
        }
        return page
    }

    @Test(arguments: 0..<300)
    func randomRuledPagesNeverTrap(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9 &+ 7)
        let pages = (1...Int.random(in: 1...4, using: &random)).map { Self.randomPage(number: $0, using: &random).content }
        let result = PDFDocumentBuilder.build(pages)
        for case .grid(let grid) in result.document.blocks {
            #expect(grid.cells.allSatisfy { cell in
                cell.row >= 0 && cell.column >= 0 && cell.rowSpan >= 1 && cell.columnSpan >= 1
                    && cell.row + cell.rowSpan <= grid.rowCount && cell.column + cell.columnSpan <= grid.columnCount
            }, "seed \(seed): a cell outside its grid")
        }
        // The rest of the path must take whatever the reconstruction gives.
        let document = StructuredAssembler.assemble(result.document)
        _ = ConversionPipeline.convert(document, sourceName: "random.pdf")
    }
}
