import Testing
@testable import BudgetCore
import SpreadsheetModel

@Suite struct HeaderTreeTests {
    func row(_ texts: [String], line: Int = 1) -> SourceRow {
        SourceRow(texts.map { SourceCell($0, line: line) })
    }

    func merges(_ result: HeaderTree.Result) -> Set<String> { Set(result.layout.merges.map(\.description)) }

    @Test func threeRowsWithSplitCodeColumns() {
        let rows = [row(["项目", "收入预算"]),
                    row(["功能分类科目编码", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"]),
                    row(["类", "款", "项", "", "", "", "", "", ""])]
        let kinds: [HeaderTree.ColumnKind] = [.label, .label, .label, .label, .amount, .amount, .amount, .amount, .amount]
        let result = HeaderTree.analyze(rows: rows, width: 9, kinds: kinds)
        #expect(merges(result) == ["A1:D1", "E1:I1", "A2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:I3"])
        #expect(result.warnings.isEmpty)
        #expect(result.layout.source == .generalRule)
        #expect(result.layout.columnLabels(width: 9) == ["类", "款", "项", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"])
    }

    @Test func labelAfterAmountSplitsTwoGroups() {
        // 收入 | 支出 over 项目名称 金额 | 功能分类 支出用途: no repeated label, the kinds settle it.
        let rows = [row(["收入", "支出"]), row(["项目名称", "金额", "功能分类", "支出用途"]),
                    row(["", "", "功能科目名称", "金额", "项目名称", "金额"])]
        let kinds: [HeaderTree.ColumnKind] = [.label, .amount, .label, .amount, .label, .amount]
        let result = HeaderTree.analyze(rows: rows, width: 6, kinds: kinds)
        #expect(merges(result) == ["A1:B1", "C1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2"])
        #expect(result.warnings.isEmpty)
    }

    @Test func fourLevelUnitSummary() {
        let rows = [row(["本年收入", "本年支出"]), row(["项目", "预算数", "项目", "预算数"]),
                    row(["", "", "", "合计", "基本支出", "项目支出"]),
                    row(["", "", "", "", "人员经费", "公用经费", ""])]
        let kinds: [HeaderTree.ColumnKind] = [.label, .amount, .label, .amount, .amount, .amount, .amount]
        let result = HeaderTree.analyze(rows: rows, width: 7, kinds: kinds)
        #expect(merges(result) == ["A1:B1", "C1:G1", "A2:A4", "B2:B4", "C2:C4", "D2:G2", "D3:D4", "E3:F3", "G3:G4"])
        #expect(result.layout.rowCount == 4)
    }

    @Test func treeWithVerticalLabelsOnEveryLevel() {
        let rows = [row(["合计", "“三公”经费", "会议费", "培训费"]),
                    row(["", "小计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费", "", ""]),
                    row(["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", ""])]
        let result = HeaderTree.analyze(rows: rows, width: 9, kinds: Array(repeating: .amount, count: 9))
        #expect(merges(result) == ["A1:A3", "B1:G1", "H1:H3", "I1:I3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    }

    @Test func catalogCoversWinAndMisfitsFallBack() {
        let rows = [row(["收入", "支出"]), row(["项目", "金额", "项目", "合计", "甲", "乙"])]
        let kinds: [HeaderTree.ColumnKind] = [.label, .amount, .label, .amount, .amount, .amount]
        let given = HeaderTree.analyze(rows: rows, width: 6, kinds: kinds, coverCounts: [[2, 4]])
        #expect(merges(given) == ["A1:B1", "C1:F1"])
        #expect(given.layout.source == .catalog)
        let misfit = HeaderTree.analyze(rows: rows, width: 6, kinds: kinds, coverCounts: [[3, 3, 1]])
        #expect(merges(misfit) == ["A1:B1", "C1:F1"])
        #expect(misfit.warnings == ["header does not match the official layout; merges inferred from the rows"])
    }

    @Test func evenSplitWarns() {
        let rows = [row(["甲", "乙"]), row(["一", "二", "三", "四"])]
        let result = HeaderTree.analyze(rows: rows, width: 4, kinds: Array(repeating: .label, count: 4))
        #expect(merges(result) == ["A1:B1", "C1:D1"])
        #expect(result.warnings == ["header row 1 is ambiguous; spans guessed evenly"])
    }

    @Test func rowsNoRuleFitsAreWrittenFlat() {
        // Three labels cannot cover two cells below: every cell kept in place, no merge.
        let rows = [row(["甲", "乙", "丙"]), row(["一", "二"]), row(["a", "b", "c"])]
        let result = HeaderTree.analyze(rows: rows, width: 3, kinds: Array(repeating: .label, count: 3))
        #expect(result.layout.merges.isEmpty)
        #expect(result.layout.source == .flat)
        #expect(result.layout.placements.count == 8)
    }
}

@Suite struct MultiRowAssemblyTests {
    @Test func shortHeaderRowFollowedByLongerOneIsNotABrokenRow() {
        // A 2-cell header row then a 7-cell one: two header rows, not a 9-cell row broken by a blank line.
        let text = "2024年部门支出预算总表\n\t编制部门：某街道\n\t单位：元\n\n\t项目\n\t支出预算\n\n"
            + "\t功能分类科目编码\n\t功能分类科目名称\n\t合计\n\t基本支出\n\t项目支出\n\n"
            + "\t类\n\t款\n\t项\n\t\n\t\n\t\n\t\n\n"
            + "\t201\n\t\n\t\n\t一般公共服务支出\n\t2,932,700\n\t0\n\t2,932,700\n"
        let document = DocumentReader.read(text: text)
        let table = document.tables[0]
        #expect(table.headerRows.count == 3)
        #expect(table.dataRows.map(\.count) == [7])
        #expect(Set(table.header.merges.map(\.description)) == ["A1:D1", "E1:G1", "A2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3"])
        #expect(document.unit == "某街道")
        #expect(document.amountUnit == .yuan)
        #expect(document.year == "2024")
    }

    @Test func headerRepeatedAtAPageBreakIsDroppedWithAWarning() {
        let text = "机关运行经费支出预算表\n\t部门：某厅\n\t单位：万元\n\n\t科目编码\n\t科目名称\n\t金额\n\n"
            + "\t302\n\t商品和服务支出\n\t1,130.74\n\n\t科目编码\n\t科目名称\n\t金额\n\n\t30201\n\t办公费\n\t110.00\n"
        let table = DocumentReader.read(text: text).tables[0]
        #expect(table.dataRows.map(\.texts) == [["302", "商品和服务支出", "1,130.74"], ["30201", "办公费", "110.00"]])
        #expect(table.warnings.map(\.message) == ["header row repeated inside the table (a page break of the original); dropped"])
        #expect(table.warnings.first?.line == 13)
    }

    @Test func labelLineKeptWithItsTable() {
        let text = "公开03表\n支出预算总表\n\t部门：某厅\n\t单位：万元\n\n\t合计\n\t基本支出\n\n\t1.00\n\t1.00\n\n表一\n正文一段。\n"
        let document = DocumentReader.read(text: text)
        #expect(document.tables[0].label?.text == "公开03表")
        #expect(document.tables[0].header.rowCount == 1)
        // A label line with no table after it stays narrative.
        #expect(document.narrative.map(\.text) == ["表一", "正文一段。"])
    }

    @Test(arguments: [("公开01表", true), ("表一", true), ("表 十二", true), ("附表3", true), ("表1", true),
                      ("收支总表", false), ("公开表", false), ("一、表格说明", false)])
    func labelLines(text: String, isLabel: Bool) {
        #expect(TitleRules.isLabelLine(text) == isLabel)
    }

    @Test(arguments: [("部门：江苏省政协办公厅", "江苏省政协办公厅"), ("编制部门：上海市普陀区万里街道", "上海市普陀区万里街道"),
                      ("编制单位:某局", "某局"), ("单位名称：某中心", "某中心"), ("316平乡县人力资源和社会保障局", "316平乡县人力资源和社会保障局")])
    func unitNamesWithoutPrefix(text: String, name: String) {
        #expect(TitleRules.unitName(text) == name)
    }

    @Test(arguments: [("单位：元", AmountUnit.yuan), ("单位:万元", .tenThousandYuan), ("金额单位：千元", .thousandYuan),
                      ("单位（万元）", .tenThousandYuan)])
    func amountUnits(text: String, unit: AmountUnit) {
        #expect(AmountUnit(metaText: text) == unit)
    }

    @Test func amountUnitNeedsAUnitWord() {
        #expect(AmountUnit(metaText: "单位名称：某局") == nil)
        #expect(AmountUnit(metaText: "预算年度：2022") == nil)
    }
}

@Suite struct PrintedNumberFormatTests {
    @Test(arguments: [(["2,932,700", "0"], "#,##0"), (["31,214,205.80"], "#,##0.00"), (["80.00", "13,297.11"], "#,##0.00"),
                      (["0.50"], "0.00"), (["25"], "0"), ([""], "0"), (["1.5", "2.25"], "0.00")])
    func columnFormats(texts: [String], format: String) {
        #expect(NumberStyle.printed(texts: texts).rawValue == format)
    }

    @Test(arguments: [(2932700.0, "#,##0", "2,932,700"), (31214205.8, "#,##0.00", "31,214,205.80"), (0.0, "0", "0"),
                      (660.1, "0.00", "660.10"), (-1234.5, "#,##0.00", "-1,234.50"), (999.0, "#,##0", "999")])
    func display(value: Double, format: String, shown: String) {
        #expect(NumberDisplay.text(value, format: NumberStyle(rawValue: format)) == shown)
    }
}

/// Other provinces' 绩效目标申报表: key–value rows of different lengths above the indicator grid,
/// empty cells continuing 一级指标 and 二级指标 groups.
@Suite struct PerformanceFormTests {
    static let text = "某项目支出绩效目标申报表\n\t项目名称\n\t社区服务\n\t主管部门\n\t某街道\n\n\t项目资金（万元）\n\t年度资金总额\n\t120.00\n\n"
        + "\t年度目标\n\t完成社区服务全覆盖\n\n"
        + "\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n"
        + "\t产出指标\n\t数量指标\n\t服务人次\n\t≥5000人次\n\n\t\n\t\n\t活动场次\n\t≥20场\n\n"
        + "\t\n\t质量指标\n\t满意度\n\t≥90%\n\n\t效益指标\n\t社会效益\n\t覆盖率\n\t100%\n\n\t\n\t\n\t参与率\n\t≥60%\n"

    @Test func keptWholeAndMergedDownInTwoColumns() throws {
        let document = DocumentReader.read(text: Self.text)
        let table = try #require(document.tables.first)
        #expect(table.kind == .performanceTarget)
        #expect(table.preambleRows.map(\.count) == [4, 3, 2])
        #expect(table.headerRows.map(\.texts) == [["一级指标", "二级指标", "三级指标", "指标值"]])
        #expect(table.dataRows.count == 5 && table.dataRows.allSatisfy { $0.count == 4 })
        #expect(document.allWarnings.isEmpty)

        let sheet = TableSheetBuilder.layout(for: table, name: "绩效")
        let merges = Set(sheet.merges.map(\.range.description))
        // Title row 1, key–value rows 2–4, header row 5, data rows 6–10.
        #expect(merges.isSuperset(of: ["A6:A8", "A9:A10", "B6:B7", "B9:B10"]))
        #expect(!merges.contains("B6:B8"))
        // Every source cell is on the sheet.
        let texts = Set(sheet.cells.map(\.value.text))
        for cell in table.allRows.flatMap(\.cells) where !cell.isEmpty { #expect(texts.contains(cell.text), "\(cell.text)") }
    }
}

@Suite struct UnknownTitleSheetNameTests {
    @Test func yearPrefixLeavesTheSheetNameOfAnUnknownTable() {
        let document = DocumentReader.read(text: "2024年部门项目支出明细表\n\t项目\n\t金额\n\n\t甲\n\t1.00\n")
        var namer = SheetNamer()
        #expect(namer.name(for: document.tables[0], position: 1) == "部门项目支出明细表")
        #expect(document.tables[0].title == "2024年部门项目支出明细表")
        #expect(SheetNamer.withoutYear("2024年") == "2024年")
    }
}
