import Foundation
import Testing
import XlsxReaderKit

/// Data-row labels the print spans across columns, merged in the workbook from the text
/// export as the PDF reader merges them from the drawn cells: Jiangsu's 当年支出小计, 结转下年资金
/// and 支出合计 over 功能科目名称 | 金额 | 项目名称; Shanghai's 合计 over the split 类 | 款 | 项 codes
/// and the name column, the label moved to the merged range's first cell.
@Suite struct DataRowSpanTests {
    @Test func jiangsuSummaryRowsSpanThreeColumns() throws {
        let book = try RealBudget.convert("jiangsu_zhengxie_2019.txt").book
        let sheet = try #require(book.sheet(named: "收支总表"))
        let merges = Set(sheet.merges.map(\.a1))
        #expect(merges.subtracting(["A2:F2", "A4:B4", "C4:F4", "A5:A6", "B5:B6", "C5:D5", "E5:F5"]) == ["C27:E27", "C28:E28", "C29:E29"])
        #expect([26, 27, 28].map { sheet.cell(row: $0, column: 2)?.text } == ["当年支出小计", "结转下年资金", "支出合计"])
        #expect([26, 28].map { sheet.cell(row: $0, column: 5)?.number } == [13377.11, 13377.11])
        #expect(sheet.cell(row: 26, column: 2)?.style.horizontalAlignment == "center")
        // The income side has one part: nothing merged there.
        #expect(!sheet.merges.contains { $0.firstRow >= 6 && $0.firstColumn < 2 })
        // Ordinary lines of the 功能分类 part stay single cells.
        #expect(!merges.contains("C26:E26"))
    }

    @Test func shanghaiTotalRowsSpanTheSplitCodes() throws {
        let book = try RealBudget.convert("shanghai_putuo_wanli_2024.txt").book
        for (name, range, row) in [("收入总表", "A72:D72", 71), ("支出总表", "A72:D72", 71), ("一般公共预算支出表", "A72:D72", 71),
                                   ("政府性基金支出表", "A6:D6", 5), ("基本支出表", "A37:C37", 36)] {
            let sheet = try #require(book.sheet(named: name))
            #expect(sheet.merges.map(\.a1).contains(range), "\(name)")
            #expect(sheet.cell(row: row, column: 0)?.text == "合计", "\(name)")
            #expect(sheet.cell(row: row, column: 0)?.kind == .string, "\(name)")
        }
        let income = try #require(book.sheet(named: "收入总表"))
        #expect((1...3).map { income.cell(row: 71, column: $0)?.text ?? "" } == ["", "", ""])
        #expect(income.cell(row: 71, column: 4)?.number == 156_211_123)
        // Coded rows keep their codes and names in their own cells.
        #expect(!income.merges.contains { $0.firstRow > 4 && $0.firstRow < 71 })
    }

    /// The Hebei sample has combined codes and one-part sides: no data-row merge is added.
    @Test func hebeiSampleGainsNone() throws {
        let book = try ConvertedWorkbook.sample().book
        let sheet = try #require(book.sheet(named: "收支总表"))
        #expect(sheet.merges.allSatisfy { $0.firstRow < 5 || ($0.firstColumn == 0 && $0.lastColumn == sheet.maxColumn) })
    }
}
