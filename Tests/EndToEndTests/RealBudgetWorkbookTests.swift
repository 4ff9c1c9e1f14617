import BudgetCore
import Foundation
import Testing
import XlsxReaderKit

/// The two real budgets of other provinces in Samples/ (江苏省政协办公厅 2019, 上海市普陀区万里街道
/// 2024), converted and read back from the written file: every header merge as printed, codes
/// as text, amounts as numbers shown as printed, unit names without prefixes, short sheet names.
enum RealBudget {
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples").appendingPathComponent(name)
    }

    static func convert(_ name: String) throws -> ConvertedWorkbook {
        try ConvertedWorkbook(bytes: [UInt8](Data(contentsOf: url(name))), name: name)
    }

    /// Every amount cell of the sheet's data area shows its source text: it is a number whose
    /// format, applied to it, gives back the printed text.
    static func shown(_ cell: ReadCell) -> String {
        guard cell.kind == .number, let value = cell.number else { return cell.text }
        let format = cell.style.numberFormat
        let grouping = format.hasPrefix("#,##0")
        let decimals = format.firstIndex(of: ".").map { format.distance(from: $0, to: format.endIndex) - 1 } ?? 0
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let units = Int64((abs(value) * scale).rounded())
        var whole = String(units / Int64(scale))
        if grouping {
            var grouped = ""
            for (index, character) in whole.reversed().enumerated() {
                if index > 0 && index % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            whole = String(grouped.reversed())
        }
        var text = (value < 0 ? "-" : "") + whole
        if decimals > 0 {
            let fraction = String(units % Int64(scale))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }
}

@Suite struct JiangsuWorkbookTests {
    let converted: ConvertedWorkbook
    var book: ReadWorkbook { converted.book }

    init() throws { converted = try RealBudget.convert("jiangsu_zhengxie_2019.txt") }

    @Test func shortSheetNamesAndLabelLinesKept() throws {
        #expect(book.sheets.map(\.name) == ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "财政拨款支出表", "财政拨款基本支出表",
                                            "一般公共预算支出表", "基本支出表", "三公经费支出表", "政府性基金支出表", "机关运行经费表", "政府采购预算"])
        for (index, sheet) in book.sheets.enumerated() {
            let label = index < 9 ? "公开0\(index + 1)表" : "公开\(index + 1)表"
            #expect(sheet["A1"]?.text == label, "\(sheet.name)")
        }
        #expect(book.sheets[0]["A2"]?.text == "收支预算总表")
        #expect(converted.result.document.narrative.isEmpty)
    }

    @Test func unitWithoutPrefixAndAmountUnit() {
        let document = converted.result.document
        #expect(document.unit == "江苏省政协办公厅")
        #expect(document.amountUnit == .tenThousandYuan && document.scale == 10_000)
        #expect(document.family == "jiangsu-provincial-2017")
        #expect(document.year == "2019")
        #expect(book.customProperties["预算单位"] == "江苏省政协办公厅")
        #expect(book.customProperties["金额单位"] == "万元")
    }

    @Test func budgetSummaryHeader() throws {
        let sheet = try #require(book.sheet(named: "收支总表"))
        #expect(sheet.rowTexts(3) == ["收入", "", "支出", "", "", ""])
        #expect(sheet.rowTexts(4) == ["项目名称", "金额", "功能分类", "", "支出用途", ""])
        #expect(sheet.rowTexts(5) == ["", "", "功能科目名称", "金额", "项目名称", "金额"])
        #expect(Set(sheet.merges.map(\.a1)) == ["A2:F2", "A4:B4", "C4:F4", "A5:A6", "B5:B6", "C5:D5", "E5:F5",
                                                "C27:E27", "C28:E28", "C29:E29"])
        let amount = try #require(sheet["B7"])
        #expect(amount.kind == .number && amount.number == 13297.11 && RealBudget.shown(amount) == "13,297.11")
    }

    @Test func incomeSummaryOneHeaderRowAndGroupsMergedDown() throws {
        let sheet = try #require(book.sheet(named: "收入总表"))
        #expect(sheet.rowTexts(3) == ["项目名称", "", "金额"])
        let merges = Set(sheet.merges.map(\.a1))
        #expect(merges.isSuperset(of: ["A2:C2", "A6:A8", "A11:A14", "A15:A16"]))
        #expect(sheet["C11"].map(RealBudget.shown) == "80.00")
    }

    @Test func expenditureSummaryWithoutSerialOrIndexRow() throws {
        let sheet = try #require(book.sheet(named: "支出总表"))
        #expect(sheet.rowTexts(3) == ["合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"])
        #expect(Set(sheet.merges.map(\.a1)) == ["A2:E2"])
        #expect((0..<4).map { sheet.cell(row: 4, column: $0).map(RealBudget.shown) } == ["13,377.11", "6,522.75", "4,968.34", "1,886.02"])
        #expect(sheet.cell(row: 4, column: 4)?.text ?? "" == "")
    }

    @Test func fiscalGrantSummaryHeader() throws {
        let sheet = try #require(book.sheet(named: "财政拨款收支总表"))
        #expect(Set(sheet.merges.map(\.a1)) == ["A2:D2", "A4:B4", "C4:D4", "A5:A6", "B5:B6", "C5:D5"])
    }

    @Test(arguments: ["财政拨款支出表", "财政拨款基本支出表", "一般公共预算支出表", "基本支出表", "机关运行经费表"])
    func codeTables(name: String) throws {
        let sheet = try #require(book.sheet(named: name))
        #expect(Set(sheet.merges.map(\.a1)) == ["A2:C2"])
        #expect(sheet["B5"]?.text == "合计")
        var codes = 0
        for row in 5...sheet.maxRow {
            let code = try #require(sheet.cell(row: row, column: 0))
            #expect(code.kind == .string, "\(name) A\(row + 1)")
            let digits = code.text.allSatisfy { $0.isNumber }
            #expect([3, 5, 7].contains(code.text.count) && digits, "\(name) A\(row + 1)")
            let amount = try #require(sheet.cell(row: row, column: 2))
            #expect(amount.kind == .number && amount.style.numberFormat == "#,##0.00", "\(name) C\(row + 1)")
            codes += 1
        }
        #expect(codes >= 10)
    }

    @Test func threePublicThreeLevelHeader() throws {
        let sheet = try #require(book.sheet(named: "三公经费支出表"))
        #expect(sheet.rowTexts(3) == ["合计", "“三公”经费", "", "", "", "", "", "会议费", "培训费"])
        #expect(sheet.rowTexts(4) == ["", "小计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "", ""])
        #expect(sheet.rowTexts(5) == ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", ""])
        #expect(Set(sheet.merges.map(\.a1)) == ["A2:I2", "A4:A6", "B4:G4", "H4:H6", "I4:I6", "B5:B6", "C5:C6", "D5:F5", "G5:G6"])
        let shown = (0..<9).map { sheet.cell(row: 6, column: $0).map(RealBudget.shown) ?? "" }
        #expect(shown == ["2,224.43", "660.10", "106.00", "156.60", "", "156.60", "397.50", "1,282.56", "281.77"])
    }

    @Test func emptyFundTableKeepsItsNote() throws {
        let sheet = try #require(book.sheet(named: "政府性基金支出表"))
        #expect(sheet["B5"]?.text == "合计")
        #expect(sheet["A6"]?.text == "注：本部门无该项目")
    }

    @Test func procurementSixColumns() throws {
        let sheet = try #require(book.sheet(named: "政府采购预算"))
        #expect(sheet.rowTexts(3) == ["采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"])
        #expect(sheet["F5"].map(RealBudget.shown) == "1,624.42")
        #expect(sheet["F6"].map(RealBudget.shown) == "350.00")
    }
}

@Suite struct ShanghaiWorkbookTests {
    let converted: ConvertedWorkbook
    var book: ReadWorkbook { converted.book }

    init() throws { converted = try RealBudget.convert("shanghai_putuo_wanli_2024.txt") }

    @Test func sheetNamesUnitYear() {
        #expect(book.sheets.map(\.name) == ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表",
                                            "政府性基金支出表", "国有资本经营支出表", "基本支出表", "三公经费支出表"])
        let document = converted.result.document
        #expect(document.unit == "上海市普陀区人民政府万里街道办事处")
        #expect(document.amountUnit == .yuan)
        #expect(document.year == "2024")
        #expect(document.family == "shanghai-district-2023")
        #expect(book.customProperties["预算单位"] == "上海市普陀区人民政府万里街道办事处")
        #expect(book.customProperties["金额单位"] == "元")
        #expect(book.sheets[1]["A1"]?.text == "2024年部门收入预算总表")
    }

    @Test func budgetSummaryHeader() throws {
        let sheet = try #require(book.sheet(named: "收支总表"))
        #expect(Set(sheet.merges.map(\.a1)) == ["A1:D1", "A3:B3", "C3:D3"])
        #expect(sheet["B5"].map(RealBudget.shown) == "156,211,123")
        #expect(sheet["D5"].map(RealBudget.shown) == "2,932,700")
        #expect(sheet["B7"]?.text ?? "" == "")
    }

    @Test func incomeSummaryHeader() throws {
        let sheet = try #require(book.sheet(named: "收入总表"))
        #expect(sheet.rowTexts(2) == ["项目", "", "", "", "收入预算", "", "", "", ""])
        #expect(sheet.rowTexts(3) == ["功能分类科目编码", "", "", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"])
        #expect(sheet.rowTexts(4) == ["类", "款", "项", "", "", "", "", "", ""])
        #expect(Set(sheet.merges.map(\.a1)) == ["A1:I1", "A3:D3", "E3:I3", "A4:C4", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "I4:I5",
                                                "A72:D72"])
    }

    @Test(arguments: ["支出总表", "一般公共预算支出表", "政府性基金支出表", "国有资本经营支出表"])
    func functionTableHeaders(name: String) throws {
        let sheet = try #require(book.sheet(named: name))
        #expect(sheet.rowTexts(3) == ["功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出"])
        #expect(Set(sheet.merges.map(\.a1)).isSuperset(of: ["A1:G1", "A3:D3", "E3:G3", "A4:C4", "D4:D5", "E4:E5", "F4:F5", "G4:G5"]))
    }

    @Test func fiscalGrantSummaryHeader() throws {
        let sheet = try #require(book.sheet(named: "财政拨款收支总表"))
        #expect(Set(sheet.merges.map(\.a1)) == ["A1:G1", "A3:B3", "C3:G3"])
    }

    @Test func basicExpenditureHeaderAndPrintedDefects() throws {
        let sheet = try #require(book.sheet(named: "基本支出表"))
        #expect(Set(sheet.merges.map(\.a1)) == ["A1:F1", "A3:C3", "D3:F3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "A37:C37"])
        // 款 codes as printed, defects included: `2` and `7` stay text, like `01`.
        #expect((5...9).map { sheet.cell(row: $0, column: 1)?.text ?? "" } == ["", "01", "2", "7", "08"])
        #expect((5...9).allSatisfy { sheet.cell(row: $0, column: 1).map { $0.kind == .string || $0.text.isEmpty } ?? true })
        #expect(sheet["F6"].map(RealBudget.shown) == "0")
    }

    @Test func threePublicHeader() throws {
        let sheet = try #require(book.sheet(named: "三公经费支出表"))
        #expect(Set(sheet.merges.map(\.a1)) == ["A1:G1", "A3:F3", "G3:G5", "A4:A5", "B4:B5", "C4:C5", "D4:F4", "A7:G7"])
        let shown = (0..<7).map { sheet.cell(row: 5, column: $0).map(RealBudget.shown) ?? "" }
        #expect(shown == ["47.91", "0", "1.35", "46.56", "25", "21.56", "443.18"])
    }

    /// Split codes: every 类, 款 and 项 cell is text exactly as printed; every amount a number shown as printed.
    @Test(arguments: ["收入总表", "支出总表", "一般公共预算支出表", "基本支出表"])
    func splitCodesTextAndAmountsAsPrinted(name: String) throws {
        let sheet = try #require(book.sheet(named: name))
        let codeColumns = name == "基本支出表" ? 2 : 3
        let source = try String(contentsOf: RealBudget.url("shanghai_putuo_wanli_2024.txt"), encoding: .utf8)
        let sourceTexts = Set(source.split(separator: "\n").map { $0.hasPrefix("\t") ? String($0.dropFirst()) : "" })
        var checked = 0
        for row in 5...sheet.maxRow {
            // The 合计 row's label spans the code and name columns, written in the first.
            guard let name = sheet.cell(row: row, column: codeColumns), name.text != "合计", !name.text.hasPrefix("注"),
                  sheet.cell(row: row, column: 0)?.text != "合计" else { continue }
            for column in 0..<codeColumns {
                if let code = sheet.cell(row: row, column: column), !code.text.isEmpty {
                    #expect(code.kind == .string, "\(sheet.name) \(code.address.a1)")
                    let digits = code.text.allSatisfy { $0.isNumber }
                    #expect(digits, "\(code.text)")
                }
            }
            for column in (codeColumns + 1)...sheet.maxColumn {
                let cell = try #require(sheet.cell(row: row, column: column))
                #expect(cell.kind == .number, "\(sheet.name) \(cell.address.a1)")
                #expect(sourceTexts.contains(RealBudget.shown(cell)), "\(sheet.name) \(cell.address.a1) \(RealBudget.shown(cell))")
                checked += 1
            }
        }
        #expect(checked > 20)
    }
}
