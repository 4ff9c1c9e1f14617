import Foundation
import Testing
import TestSupport
@testable import BudgetCore

/// Rows as Word and Excel save them: one-cell rows inside a table, a one-cell meta row.
@Suite struct RowShapesTests {
    static func table(_ text: String) throws -> BudgetTable {
        let document = try DocumentReader.read(text: text, shape: .rowPerLine(delimiter: "\t"))
        #expect(document.tables.count == 1)
        return try #require(document.tables.first)
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
}
