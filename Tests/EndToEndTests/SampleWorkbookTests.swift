import BudgetCore
import BudgetVerification
import Foundation
import Testing
import TestSupport
import XlsxReaderKit

/// The sample converted and read back from the file: sheets, cells, types, merges, styles,
/// print setup and properties as docs/templates.md and the Hebei family ask.
@Suite struct SampleWorkbookTests {
    let converted: ConvertedWorkbook
    var book: ReadWorkbook { converted.book }

    init() throws { converted = try ConvertedWorkbook.sample() }

    @Test func fortySevenTableSheetsInOrderThenNarrative() throws {
        let names = book.sheets.map(\.name)
        #expect(names.count == 48)
        #expect(Array(names.prefix(10)) == ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表",
                                            "基本支出表", "政府性基金支出表", "国有资本经营支出表", "三公经费支出表", "机构设置情况"])
        #expect(names[10] == "绩效1-2018年底前职业年金个人账户财政贴息资金")
        #expect(names[18] == "绩效9-关于提前下达2021年省级就业补助资金预算指标的通知…")
        #expect(names[45] == "政府采购预算")
        #expect(names[46] == "固定资产占用情况")
        #expect(names[47] == "情况说明")
        #expect(Set(names.map { $0.lowercased() }).count == 48)
        #expect(names.allSatisfy { $0.utf16.count <= 31 && !$0.contains(where: { "[]:*?/\\".contains($0) }) })
        // Full titles are kept in row 1 of each sheet.
        #expect(book.sheets[18]["A1"]?.text == "9、关于提前下达2021年省级就业补助资金预算指标的通知冀财社[2020]186（wt）绩效目标表")
    }

    @Test func everySourceCellExactlyOnceInReadingOrder() throws {
        let source = try SampleExport.text()
        let snapshot = SnapshotReader.snapshot(of: book)
        #expect(FaithfulnessCheck.differences(source: source, workbook: snapshot, narrativeSheet: "情况说明") == [])
        let report = try WorkbookVerifier.verify(book: converted.output, source: SampleExport.url)
        #expect(report.differences == [])
    }

    @Test func budgetSummarySheet() throws {
        let sheet = try #require(book.sheet(named: "收支总表"))
        #expect(sheet["A1"]?.text == "部门预算收支总表")
        #expect(sheet["A1"]?.style.bold == true && sheet["A1"]?.style.fontSize == 18)
        #expect(sheet.rowTexts(1) == ["316平乡县人力资源和社会保障局", "", "预算年度：2022", "", "单位：万元"])
        #expect(sheet["A2"]?.style.horizontalAlignment == "left")
        #expect(sheet["C2"]?.style.horizontalAlignment == "center")
        #expect(sheet["E2"]?.style.horizontalAlignment == "right")
        #expect(sheet.rowTexts(2) == ["序号", "收入", "", "支出", ""])
        #expect(sheet.rowTexts(3) == ["", "项  目", "预算数", "项  目", "预算数"])
        #expect(Set(sheet.merges.map(\.a1)) == ["A1:E1", "A3:A4", "B3:C3", "D3:E3"])
        #expect(sheet["A5"]?.kind == .string && sheet["A5"]?.text == "栏次")
        #expect(sheet["B5"]?.kind == .number && sheet["B5"]?.text == "1")
        let amount = try #require(sheet["C6"])
        #expect(amount.kind == .number && amount.number == 15407.98 && amount.style.numberFormat == "#,##0.00")
        #expect(amount.style.horizontalAlignment == "right")
        #expect(sheet["A6"]?.kind == .number && sheet["A6"]?.text == "1")
        // 合计 rows are bold; blanks are framed too.
        #expect(sheet["B36"]?.text == "本年收入合计" && sheet["B36"]?.style.bold == true)
        #expect(sheet["E6"]?.text == "" && sheet["E6"]?.style.hasAllBorders == true)
        #expect(sheet["B6"]?.style.fontName == "宋体")
        #expect(sheet.frozenRows == 5)
        #expect(sheet.printSetup.repeatRows == 2...4)
        #expect(sheet.printSetup.landscape == false)
        #expect(sheet.printSetup.paperSize == 9)
        #expect(sheet.printSetup.fitToPage && sheet.printSetup.fitToWidth == 1 && sheet.printSetup.fitToHeight == 0)
        #expect(sheet.printSetup.horizontalCentered)
        #expect(sheet.printSetup.footer == "&C第 &P 页，共 &N 页")
    }

    @Test func headerMergesOfTheNineBudgetTablesAndProcurement() throws {
        let expected: [String: Set<String>] = [
            "收入总表": ["A1:M1", "A3:A4", "B3:C3", "D3:D4", "E3:L3", "M3:M4"],
            "支出总表": ["A1:I1", "A3:A4", "B3:C3", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4"],
            "财政拨款收支总表": ["A1:H1", "A3:A4", "B3:C3", "D3:H3"],
            "一般公共预算支出表": ["A1:F1", "A3:A4", "B3:C3", "D3:D4", "E3:E4", "F3:F4"],
            "基本支出表": ["A1:F1", "A3:A4", "B3:C3", "D3:F3"],
            "政府性基金支出表": ["A1:F1", "A3:A4", "B3:C3", "D3:D4", "E3:E4", "F3:F4", "A7:F7"],
            "国有资本经营支出表": ["A1:F1", "A3:A4", "B3:C3", "D3:D4", "E3:E4", "F3:F4", "A7:F7"],
            "三公经费支出表": ["A1:F1", "A3:A4", "B3:B4", "C3:F3", "A7:F7"],
            "政府采购预算": ["A1:P1", "A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:O3", "P3:P4", "A6:P6", "A7:P7"],
        ]
        for (name, merges) in expected {
            let sheet = try #require(book.sheet(named: name))
            #expect(Set(sheet.merges.map(\.a1)) == merges, "\(name)")
        }
        let procurement = try #require(book.sheet(named: "政府采购预算"))
        #expect(procurement.rowTexts(1).first == "316平乡县人力资源和社会保障局")
        #expect(procurement["P2"]?.text == "单位：万元")
        #expect(procurement["H3"]?.text == "政府采购金额（当年部门预算安排资金）")
        #expect(procurement["A6"]?.text == "注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。采购事项按照相关规定执行。")
        #expect(procurement["A6"]?.style.borderTop == nil)
        #expect(procurement.printSetup.landscape)
        #expect((0...15).allSatisfy { procurement.cell(row: 4, column: $0)?.style.hasAllBorders == true })
    }

    @Test func amountsAreNumbersAndCodesText() throws {
        let income = try #require(book.sheet(named: "收入总表"))
        #expect(income["B7"]?.kind == .string && income["B7"]?.text == "208")
        #expect(income["B9"]?.text == "2080101" && income["B9"]?.style.numberFormat == "@")
        #expect(income["D6"]?.kind == .number && income["D6"]?.number == 15415.77)
        #expect(income["M6"]?.number == 7.79 && income["M6"]?.style.numberFormat == "#,##0.00")
        let basic = try #require(book.sheet(named: "基本支出表"))
        #expect(basic["B7"]?.text == "301" && basic["B7"]?.kind == .string)
        let fifteen = try #require(basic.cells.values.first { $0.text == "0.1" })
        #expect(fifteen.kind == .number && fifteen.style.numberFormat == "#,##0.00")
        let assets = try #require(book.sheet(named: "固定资产占用情况"))
        #expect(assets["A6"]?.text == "　　其中：办公用房（平方米）")
        #expect(assets["B5"]?.kind == .number && assets["B5"]?.text == "1298")
        #expect(assets["B2"]?.text == "截止时间：2021-12-31" || assets["C2"]?.text == "截止时间：2021-12-31")
    }

    @Test func performanceTablesMergeTheirFirstLevelGroups() throws {
        let sheet = try #require(book.sheets.first { $0.name.hasPrefix("绩效1-") })
        #expect(sheet.rowTexts(1).prefix(2) == ["绩效目标", "1. 保障参保职工的合法权益，保证职业年金贴息及时到位。"])
        let merges = Set(sheet.merges.map(\.a1))
        #expect(merges.contains("B2:F2"))
        #expect(sheet.rowTexts(2) == ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"])
        // 产出指标 rows 4-7, 效益指标 8-10, 满意度指标 11.
        #expect(merges.isSuperset(of: ["A4:A7", "A8:A10"]))
        #expect(sheet["A4"]?.text == "产出指标" && sheet["A8"]?.text == "效益指标" && sheet["A11"]?.text == "满意度指标")
        #expect(!merges.contains { $0.hasPrefix("B4") })  // 二级指标 repeats, not merged
        #expect(sheet["E4"]?.text == "6812人" && sheet["E4"]?.kind == .string)
        #expect(sheet.frozenRows == 3)
        // The 绩效目标 text continued by paragraphs after blank lines.
        let fifteen = try #require(book.sheets.first { $0.name.hasPrefix("绩效15-") })
        #expect(fifteen["B2"]?.text.hasSuffix("\n2.发放公益性岗位、扶贫专岗、就业见习等补贴\n3.负责劳动力转移培训") == true)
        #expect(fifteen.rowHeights[1] ?? 0 > 30)
    }

    @Test func narrativeSheetKeepsEveryParagraph() throws {
        let sheet = try #require(book.sheet(named: "情况说明"))
        #expect(sheet.maxRow == 71)
        #expect(sheet["A1"]?.text == "第一部分  平乡县人力资源和社会保障局2022年部门预算信息公开情况说明")
        #expect(sheet["A1"]?.style.bold == true)
        #expect(sheet["A72"]?.text == "我部门无其他需要说明的事项。")
        #expect(sheet["A72"]?.style.wrapText == true)
    }

    @Test func documentProperties() {
        #expect(book.coreProperties["title"] == "2022年平乡县人力资源和社会保障局部门预算")
        #expect(book.coreProperties["created"] == "2022-01-01T00:00:00Z")
        #expect(book.customProperties["预算单位"] == "316平乡县人力资源和社会保障局")
        #expect(book.customProperties["预算年度"] == "2022")
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let again = try ConvertedWorkbook.sample()
        #expect(try Data(contentsOf: again.output) == Data(contentsOf: converted.output))
    }
}
