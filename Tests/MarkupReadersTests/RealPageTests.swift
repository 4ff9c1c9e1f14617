import BudgetCore
import Foundation
import MarkupReaders
import Testing

/// A government page saved whole (平潭 portal): navigation, scripts, a footer, and one
/// Word-pasted table.
@Suite struct RealPageTests {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/html/FUJIAN_PINGTAN-ZHONGLOUXIANG_SANGONG-JAN_2018.html")

    static func read() throws -> (StructuredDocument, BudgetDocument) {
        let data = try Data(contentsOf: url)
        #expect(MarkupReader.shape(of: data, fileName: url.lastPathComponent) == .html)
        let structured = try MarkupReader.read(data: data, fileName: url.lastPathComponent)
        return (structured, StructuredAssembler.assemble(structured))
    }

    @Test func exactlyOneGridOfSevenRowsByThreeColumns() throws {
        let (structured, _) = try Self.read()
        let grids = structured.blocks.compactMap { block -> SpannedGrid? in
            if case .grid(let grid) = block { return grid }
            return nil
        }
        #expect(grids.count == 1)
        let grid = try #require(grids.first)
        #expect(grid.rowCount == 7)
        #expect(grid.columnCount == 3)
        #expect(grid.cells.allSatisfy { $0.rowSpan == 1 && $0.columnSpan == 1 })
        let rows = (0..<7).map { row in grid.cells.filter { $0.row == row }.sorted { $0.column < $1.column }.map(\.text) }
        let indent = String(repeating: " ", count: 6)
        #expect(rows == [
            ["项目", "本期支出数（元）", "累计支出数（元）"],
            ["合计", "0", "0"],
            ["1、因公出国（境）费用", "0", "0"],
            ["2、公务接待费", "0", "0"],
            ["3、公务用车费", "0", "0"],
            ["其中：（1）公务用车运行维护费", "0", "0"],
            [indent + "（2）公务用车购置费", "0", "0"],
        ])
    }

    @Test func oneTableWithTitleHeaderAndAmountsEverythingElseNarrative() throws {
        let (_, document) = try Self.read()
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.title == "2018年中楼乡1月份“三公经费”支出公开表")
        // A monthly 三公 report in a layout of its own: no catalog title key, rows kept as found.
        #expect(table.kind == .unknown)
        #expect(table.headerRows.map(\.texts) == [["项目", "本期支出数（元）", "累计支出数（元）"]])
        #expect(table.dataRows.count == 6)
        #expect(table.dataRows.map { $0.texts.dropFirst() }.allSatisfy { $0 == ["0", "0"] })
        #expect(table.notes.isEmpty)
        let narrative = document.narrative.map(\.text)
        // The introduction between title and table, and the closing line, are narrative.
        #expect(narrative.contains("经统计，中楼乡 2018年1月份“三公经费”支出情况如下："))
        #expect(narrative.contains("特此公示"))
        #expect(narrative.contains("来源：中楼乡"))
        // No script text, no template placeholders of hidden parts.
        #expect(!narrative.contains { $0.contains("function") || $0.contains("{{") && $0.contains("}}") && $0.contains("var ") })
    }
}
