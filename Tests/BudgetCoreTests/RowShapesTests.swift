import Foundation
import Testing
import TestSupport
@testable import BudgetCore

/// Rows as Excel and Word save them: Excel's padding to the sheet's used width, one-cell rows
/// inside a table, a one-cell meta row.
@Suite struct RowShapesTests {
    static func table(_ text: String) throws -> BudgetTable {
        let document = try DocumentReader.read(text: text, shape: .rowPerLine(delimiter: "\t"))
        #expect(document.tables.count == 1)
        return try #require(document.tables.first)
    }

    /// Excel pads every row to the sheet's used width (6 here, wider than the table's 4): the
    /// title and note are text again, the empty columns are gone, the empty cells inside the
    /// table keep their places, the meta row keeps its own three cells.
    @Test func excelPaddingMakesNoEmptyColumns() throws {
        let text = """
            部门预算收支总表\t\t\t\t\t
            316平乡县人力资源和社会保障局\t预算年度：2022\t单位：万元\t\t\t
            收入\t\t支出\t\t\t
            项目\t预算数\t项目\t预算数\t\t
            一、一般公共预算\t10.00\t一、一般公共服务支出\t\t\t
            收入总计\t10.00\t支出总计\t10.00\t\t
            注：本表为示例。\t\t\t\t\t

            """
        let table = try Self.table(text)
        #expect(table.title == "部门预算收支总表")
        #expect(table.meta?.texts == ["316平乡县人力资源和社会保障局", "预算年度：2022", "单位：万元"])
        #expect(table.width == 4)
        #expect(table.headerRows.map(\.texts) == [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"]])
        #expect(table.dataRows.map(\.texts) == [["一、一般公共预算", "10.00", "一、一般公共服务支出", ""],
                                               ["收入总计", "10.00", "支出总计", "10.00"]])
        #expect(table.notes.map(\.text) == ["注：本表为示例。"])
    }

    /// A section label saved as one cell between two rows of the table stays a row of it,
    /// its cell first; a one-cell meta line under the title is the meta row, not the title.
    @Test func oneCellRowsInsideATable() throws {
        let text = """
            支出预算表
            金额单位：万元
            项目\t金额
            基本支出\t1.00
            项目支出
            培训\t2.00
            注：单位万元

            """
        let table = try Self.table(text)
        #expect(table.title == "支出预算表")
        #expect(table.meta?.texts == ["金额单位：万元"])
        #expect(table.headerRows.map(\.texts) == [["项目", "金额"]])
        #expect(table.dataRows.map(\.texts) == [["基本支出", "1.00"], ["项目支出", ""], ["培训", "2.00"]])
        #expect(table.notes.map(\.text) == ["注：单位万元"])
    }

    /// One cell after the table's last row, before the next table's first row of another
    /// width, is that table's title, as before.
    @Test func aOneCellLineBetweenTablesIsTheNextTitle() throws {
        let text = "甲表\n项目\t金额\n合计\t1.00\n乙表\n单位\t预算年度：2022\t单位：万元\n项目\t金额\t备注\n合计\t2.00\t无\n"
        let document = try DocumentReader.read(text: text, shape: .rowPerLine(delimiter: "\t"))
        #expect(document.tables.map(\.title) == ["甲表", "乙表"])
    }

    /// The sample and the two real budgets saved as Excel does, every line padded to two
    /// columns past their widest table: the same tables as their cell-per-line exports.
    @Test(arguments: RowPerLineSampleTests.names) func paddedSavesReadAsTheCellPerLineExport(name: String) throws {
        let expected = try RowPerLineSampleTests.cellPerLine(name)
        let width = expected.tables.flatMap(\.allRows).map(\.count).max() ?? 0
        let text = RowPerLineExport.text(of: expected, delimiter: "\t", lineEnd: "\r\n", paddedTo: width + 2)
        #expect(text.contains("\t\t\t"))
        let document = try DocumentReader.read(Array(text.utf8))
        #expect(document.tables.count == expected.tables.count)
        let actual = RowPerLineSampleTests.tables(document), wanted = RowPerLineSampleTests.tables(expected)
        for (index, pair) in zip(actual, wanted).enumerated() where pair.0 != pair.1 {
            Issue.record("\(name) table \(index): \(pair.0.prefix(6)) != \(pair.1.prefix(6))")
        }
        #expect(document.narrative.map(\.text) == expected.narrative.map(\.text))
    }
}
