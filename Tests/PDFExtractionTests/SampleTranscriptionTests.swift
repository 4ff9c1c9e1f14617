import BudgetCore
import Foundation
import Testing
@testable import PDFExtraction

/// The two published PDFs in Samples/pdf, read through mutool and compared with their
/// cell-per-line transcriptions: every table, every cell in order, the header spans as printed.
@Suite("PDF samples against their transcriptions")
struct SampleTranscriptionTests {
    static func comparison(_ name: String) throws -> (CellComparison, PDFReadResult, Transcription) {
        let result = try PDFTableReader.read(url: SampleFiles.pdf(name))
        let transcription = try SampleFiles.transcription(name)
        var comparison = CellComparison()
        for table in transcription.tables {
            guard let grid = result.document.grid(titled: table.title) else {
                comparison.total += table.rows.reduce(0) { $0 + $1.count }
                comparison.differences.append("\(table.title): no grid under this title")
                continue
            }
            comparison.compare(table, with: grid)
        }
        return (comparison, result, transcription)
    }

    @Test func jiangsuEveryCellAsTranscribed() throws {
        let (comparison, result, transcription) = try Self.comparison("jiangsu_zhengxie_2019")
        #expect(transcription.tables.count == 12)
        #expect(comparison.total == 694)
        #expect(comparison.matched == comparison.total, "\(comparison.differences)")
        #expect(comparison.differences.isEmpty, "\(comparison.differences)")
        #expect(result.pageCount == 12)
        #expect(result.toolVersion.hasPrefix("mutool version"))
        #expect(result.warnings == ["page 10: dropped 3 blank filler rows of a table"])
    }

    @Test func shanghaiEveryCellAsTranscribed() throws {
        let (comparison, result, transcription) = try Self.comparison("shanghai_putuo_wanli_2024")
        #expect(transcription.tables.count == 9)
        #expect(comparison.total == 1980)
        #expect(comparison.matched == comparison.total, "\(comparison.differences)")
        #expect(comparison.differences.isEmpty, "\(comparison.differences)")
        #expect(result.pageCount == 33)
        #expect(result.warnings.count == 4)
    }

    /// 收入预算总表 prints 项目 over 4 columns: 功能分类科目编码 (类 款 项) and 功能分类科目名称.
    @Test func shanghaiIncomeHeaderSpansAsPrinted() throws {
        let result = try PDFTableReader.read(url: SampleFiles.pdf("shanghai_putuo_wanli_2024"))
        let grid = try #require(result.document.grid(titled: "2024年部门收入预算总表"))
        #expect(grid.columnCount == 9)
        let header = grid.cells.filter { $0.row < 3 }.map { "\($0.row),\($0.column) \($0.rowSpan)x\($0.columnSpan) \($0.text)" }
        #expect(header == [
            "0,0 1x4 项目", "0,4 1x5 收入预算",
            "1,0 1x3 功能分类科目编码", "1,3 2x1 功能分类科目名称", "1,4 2x1 合计", "1,5 2x1 财政拨款收入",
            "1,6 2x1 事业收入", "1,7 2x1 事业单位经营收入", "1,8 2x1 其他收入",
            "2,0 1x1 类", "2,1 1x1 款", "2,2 1x1 项",
        ])
        // Pages 11–15 make one table; the last part is the 合计 row alone on page 15,
        // merged across the code and name columns.
        #expect(grid.rowCount == 70)
        let total = try #require(grid.cells.last(where: { $0.column == 0 }))
        #expect(total.text == "合计" && total.row == 69 && total.columnSpan == 4 && total.line == 15)
    }

    /// 收支预算总表: 收入 over 2 columns, 支出 over 4, and data rows merged across three columns.
    @Test func jiangsuSummarySpansAsPrinted() throws {
        let result = try PDFTableReader.read(url: SampleFiles.pdf("jiangsu_zhengxie_2019"))
        let grid = try #require(result.document.grids.first)
        let spanning = grid.cells.filter { $0.rowSpan > 1 || $0.columnSpan > 1 }
            .map { "\($0.row),\($0.column) \($0.rowSpan)x\($0.columnSpan) \($0.text)" }
        #expect(spanning == [
            "0,0 1x2 收入", "0,2 1x4 支出", "1,0 2x1 项目名称", "1,1 2x1 金额", "1,2 1x2 功能分类", "1,4 1x2 支出用途",
            "23,2 1x3 当年支出小计", "24,2 1x3 结转下年资金", "25,2 1x3 支出合计",
        ])
    }

    /// The label, title and meta lines come before the grid, the note after it, in order.
    @Test func textAroundGridsAsParagraphs() throws {
        let jiangsu = try PDFTableReader.read(url: SampleFiles.pdf("jiangsu_zhengxie_2019"))
        let opening = jiangsu.document.blocks.prefix(4).map { block -> String in
            switch block {
            case .paragraph(let paragraph): paragraph.text
            case .grid: "<grid>"
            }
        }
        // The items of one printed meta line stay one paragraph, spaced as separate items.
        #expect(opening == ["公开01表", "收支预算总表", "部门：江苏省政协办公厅\u{3000}单位：万元", "<grid>"])

        let shanghai = try PDFTableReader.read(url: SampleFiles.pdf("shanghai_putuo_wanli_2024"))
        let blocks = shanghai.document.blocks
        let fundTable = try #require(blocks.firstIndex { block in
            if case .paragraph(let paragraph) = block { paragraph.text == "2024年部门政府性基金预算支出功能分类预算表" } else { false }
        })
        let after = blocks[fundTable...].drop { if case .grid = $0 { false } else { true } }.dropFirst().first
        guard case .paragraph(let note)? = after else {
            Issue.record("no paragraph after the 政府性基金 grid")
            return
        }
        #expect(note.text.hasPrefix("注") && note.text.contains("故本表为空表"))
    }
}
