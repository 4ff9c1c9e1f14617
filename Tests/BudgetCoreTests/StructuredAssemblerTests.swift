import Testing
@testable import BudgetCore
import SpreadsheetModel

/// A grid cell given as (text, rowSpan, columnSpan).
private func cell(_ text: String, _ rowSpan: Int = 1, _ columnSpan: Int = 1) -> (String, Int, Int) { (text, rowSpan, columnSpan) }

/// StructuredDocument → BudgetDocument on hand-made documents: both layouts of title, meta
/// and notes, N-row headers from explicit spans, data-row merges, narrative.
@Suite struct StructuredAssemblerTests {
    /// A grid from rows of (text, rowSpan, columnSpan); each cell takes the next free column.
    static func grid(_ rows: [[(String, Int, Int)]], line: Int = 10) -> SpannedGrid {
        var taken = Set<[Int]>()
        var cells: [SpannedCell] = []
        var width = 0
        for (row, items) in rows.enumerated() {
            var column = 0
            for (text, rowSpan, columnSpan) in items {
                while taken.contains([row, column]) { column += 1 }
                cells.append(SpannedCell(text, row: row, column: column, rowSpan: rowSpan, columnSpan: columnSpan, line: line + row))
                for r in row..<(row + rowSpan) { for c in column..<(column + columnSpan) { taken.insert([r, c]) } }
                column += columnSpan
                width = max(width, column)
            }
        }
        return SpannedGrid(cells: cells, rowCount: rows.count, columnCount: width, line: line)
    }

    /// Jiangsu's 三公 table: three header rows, label line and meta as paragraphs, a note after.
    static let threeLevelPage = StructuredDocument(blocks: [
        .paragraph(Paragraph("一、部门概况", line: 1)),
        .paragraph(Paragraph("公开08表", line: 2)),
        .paragraph(Paragraph("江苏省政协办公厅2019年“三公”经费支出预算表", line: 3)),
        .paragraph(Paragraph("部门：江苏省政协办公厅\u{3000}\u{3000}单位：万元", line: 4)),
        .grid(grid([
            [cell("合计", 3), cell("“三公”经费", 1, 5), cell("会议费", 3), cell("培训费", 3)],
            [cell("小计", 2), cell("因公出国（境）费", 2), cell("公务用车购置及运行维护费", 1, 3)],
            [cell("小计"), cell("购置费"), cell("运行维护费")],
            [cell("1,058.71"), cell("311.92"), cell("183.00"), cell("50.00"), cell("0.00"), cell("50.00"), cell("540.34"), cell("206.45")],
        ])),
        .paragraph(Paragraph("注：本表不含公务接待费。", line: 20)),
        .paragraph(Paragraph("二、说明", line: 21)),
    ])

    @Test func disclosurePageTitleMetaNotesAndThreeHeaderRows() throws {
        let document = StructuredAssembler.assemble(Self.threeLevelPage)
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.title == "江苏省政协办公厅2019年“三公”经费支出预算表")
        #expect(table.titleLine == 3)
        #expect(table.kind == .threePublicExpenditure)
        #expect(table.meta?.texts == ["部门：江苏省政协办公厅", "单位：万元"])
        #expect(table.width == 8)
        // Flat header rows as the text exports write them: each label once, an empty cell
        // wherever a label from above reaches down.
        #expect(table.headerRows.map(\.texts) == [
            ["合计", "“三公”经费", "会议费", "培训费"],
            ["", "小计", "因公出国（境）费", "公务用车购置及运行维护费", "", ""],
            ["", "", "", "小计", "购置费", "运行维护费", "", ""],
        ])
        #expect(table.header.source == .explicit)
        #expect(table.header.rowCount == 3)
        #expect(table.header.merges.map(\.description) == ["A1:A3", "B1:F1", "G1:G3", "H1:H3", "B2:B3", "C2:C3", "D2:F2"])
        #expect(table.columnLabels == ["合计", "小计", "因公出国（境）费", "小计", "购置费", "运行维护费", "会议费", "培训费"])
        #expect(table.header.groups.filter { !$0.spansBothRows }.map(\.cell.text) == ["“三公”经费"])
        #expect(table.indexRow == nil)
        #expect(table.dataRows.map(\.texts) == [["1,058.71", "311.92", "183.00", "50.00", "0.00", "50.00", "540.34", "206.45"]])
        #expect(table.notes.map(\.text) == ["注：本表不含公务接待费。"])
        #expect(table.bodyMerges.isEmpty)
        // The label line is the table's, kept on its sheet as the text shape keeps it; the
        // chapters around stay narrative.
        #expect(table.label?.text == "公开08表")
        #expect(document.narrative.map(\.text) == ["一、部门概况", "二、说明"])
    }

    /// Excel's "Save as Web Page": title, meta and notes are rows of the table.
    static let excelPage = StructuredDocument(blocks: [
        .grid(grid([
            [cell("收入总表", 1, 5)],
            [cell("316平乡县人力资源和社会保障局"), cell(""), cell("预算年度：2022"), cell(""), cell("单位：万元")],
            [cell("序号", 2), cell("功能分类科目", 1, 2), cell("合计", 2), cell("上年结转", 2)],
            [cell("科目编码"), cell("科目名称")],
            [cell("栏次"), cell(""), cell(""), cell("1"), cell("2")],
            [cell("1"), cell("208"), cell("社会保障和就业支出"), cell("15,385.49"), cell("")],
            [cell("注：本表为示例。", 1, 5)],
            [cell("", 1, 5)],
        ], line: 1)),
    ])

    @Test func excelWebPageTitleMetaIndexRowAndNoteRows() throws {
        let document = StructuredAssembler.assemble(Self.excelPage)
        let table = try #require(document.tables.first)
        #expect(table.title == "收入总表")
        #expect(table.kind == .incomeSummary)
        #expect(table.meta?.texts == ["316平乡县人力资源和社会保障局", "预算年度：2022", "单位：万元"])
        #expect(table.headerRows.map(\.texts) == [["序号", "功能分类科目", "合计", "上年结转"], ["", "科目编码", "科目名称", "", ""]])
        #expect(table.header.merges.map(\.description) == ["A1:A2", "B1:C1", "D1:D2", "E1:E2"])
        #expect(table.indexRow?.texts == ["栏次", "", "", "1", "2"])
        #expect(table.dataRows.map(\.texts) == [["1", "208", "社会保障和就业支出", "15,385.49", ""]])
        #expect(table.notes.map(\.text) == ["注：本表为示例。"])
        #expect(document.narrative.isEmpty)
        #expect(document.unit == "316平乡县人力资源和社会保障局")
        #expect(document.year == "2022")
    }

    @Test func dataRowSpansBecomeBodyMergesAndTheSheetWritesThem() throws {
        let page = StructuredDocument(blocks: [
            .paragraph(Paragraph("1、就业补助绩效目标表", line: 1)),
            .grid(Self.grid([
                [cell("一级指标"), cell("二级指标"), cell("指标值")],
                [cell("产出指标", 2), cell("数量指标"), cell("≥95%")],
                [cell("质量指标"), cell("100%")],
                [cell("效益指标"), cell("社会效益指标"), cell("明显")],
            ])),
        ])
        let table = try #require(StructuredAssembler.assemble(page).tables.first)
        #expect(table.kind == .performanceTarget)
        #expect(table.headerRows.map(\.texts) == [["一级指标", "二级指标", "指标值"]])
        // A covered position is an empty cell: every row has the table's width.
        #expect(table.dataRows.map(\.texts) == [["产出指标", "数量指标", "≥95%"], ["", "质量指标", "100%"], ["效益指标", "社会效益指标", "明显"]])
        #expect(table.bodyMerges.map(\.description) == ["A1:A2"])
        let sheet = TableSheetBuilder.layout(for: table, name: "绩效目标表")
        // Title row 0, header row 1, data from row 2: the explicit merge, and no inferred one
        // overlapping it.
        #expect(sheet.merges.map(\.range.description).filter { $0.hasPrefix("A3") || $0.hasPrefix("A4") } == ["A3:A4"])
        try MergeValidator.check(sheet.merges.map(\.range))
    }

    @Test func headerEndsAtTheFirstRowNothingSpansIntoEvenWithoutFigures() throws {
        let page = StructuredDocument(blocks: [
            .paragraph(Paragraph("部门机构设置情况", line: 1)),
            .grid(Self.grid([
                [cell("单位名称"), cell("单位性质"), cell("单位规格")],
                [cell("平乡县人力资源和社会保障局本级"), cell("行政"), cell("正科级")],
                [cell("平乡县就业服务中心"), cell("事业"), cell("正科级")],
            ])),
        ])
        let table = try #require(StructuredAssembler.assemble(page).tables.first)
        #expect(table.meta == nil)
        #expect(table.header.rowCount == 1)
        #expect(table.header.source == .singleRow)
        #expect(table.dataRows.count == 2)
    }

    @Test func groupsWithoutRowSpansStillNeedTheirLeafRow() throws {
        // 收支总表: 收入 | 支出 over 项目 预算数 项目 预算数; the leaf row holds no figure.
        let page = StructuredDocument(blocks: [
            .paragraph(Paragraph("部门预算收支总表", line: 1)),
            .grid(Self.grid([
                [cell("收入", 1, 2), cell("支出", 1, 2)],
                [cell("项目"), cell("预算数"), cell("项目"), cell("预算数")],
                [cell("一、一般公共预算拨款收入"), cell("15407.98"), cell("一、一般公共服务支出"), cell("")],
            ])),
        ])
        let table = try #require(StructuredAssembler.assemble(page).tables.first)
        #expect(table.header.rowCount == 2)
        #expect(table.header.merges.map(\.description) == ["A1:B1", "C1:D1"])
        #expect(table.header.groups.map(\.cell.text) == ["收入", "支出"])
        #expect(table.dataRows.count == 1)
    }

    @Test func introductionBetweenTitleAndTableStaysNarrative() throws {
        let page = StructuredDocument(blocks: [
            .paragraph(Paragraph("首页 > 政务公开", line: 1)),
            .paragraph(Paragraph("2018年中楼乡1月份“三公经费”支出公开表", line: 2)),
            .paragraph(Paragraph("经统计，中楼乡2018年1月份“三公经费”支出情况如下：", line: 3)),
            .grid(Self.grid([[cell("项目"), cell("本期支出数（元）")], [cell("合计"), cell("0")]], line: 4)),
            .paragraph(Paragraph("特此公示", line: 7)),
        ])
        let document = StructuredAssembler.assemble(page)
        #expect(document.tables.map(\.title) == ["2018年中楼乡1月份“三公经费”支出公开表"])
        #expect(document.narrative.map(\.text) == ["首页 > 政务公开", "经统计，中楼乡2018年1月份“三公经费”支出情况如下：", "特此公示"])
    }

    @Test func aGridWithNoTitleAnywhereKeepsAnEmptyTitleAndTheParagraphs() throws {
        let page = StructuredDocument(blocks: [
            .paragraph(Paragraph("这是一段很长的说明文字。它不是表的标题。", line: 1)),
            .grid(Self.grid([[cell("项目"), cell("金额")], [cell("合计"), cell("1.00")]], line: 2)),
        ])
        let document = StructuredAssembler.assemble(page)
        #expect(document.tables.map(\.title) == [""])
        #expect(document.tables.first?.kind == .unknown)
        #expect(document.narrative.map(\.text) == ["这是一段很长的说明文字。它不是表的标题。"])
    }

    @Test func labelLinesAndMetaItems() {
        #expect(StructuredTextRules.isLabelLine("公开01表"))
        #expect(StructuredTextRules.isLabelLine("表一"))
        #expect(StructuredTextRules.isLabelLine("附表3"))
        #expect(!StructuredTextRules.isLabelLine("收入总表"))
        #expect(!StructuredTextRules.isLabelLine("一、"))
        #expect(StructuredTextRules.metaItems(ofParagraph: "编制单位：某局  单位：元") == ["编制单位：某局", "单位：元"])
        #expect(StructuredTextRules.metaItems(ofParagraph: "单位名称") == nil)
        #expect(StructuredTextRules.isFigure("1,058.71") && StructuredTextRules.isFigure("-3") && !StructuredTextRules.isFigure("≥95%"))
    }
}

@Suite struct StructuredAssemblerLimitTests {
    @Test func aGridTooLargeToLayOutIsSkippedWithAWarning() {
        let grid = SpannedGrid(cells: [SpannedCell("x", row: 0, column: 0, line: 5)], rowCount: 1 << 40, columnCount: 1 << 30, line: 5)
        let document = StructuredAssembler.assemble(StructuredDocument(blocks: [.grid(grid)]))
        #expect(document.tables.isEmpty)
        #expect(document.warnings.map(\.description) == [
            "line 5: a table of 1099511627776 × 1073741824 positions is over the limit of 4000000; not read",
        ])
    }

    @Test func spansReachingPastTheGridAreClipped() throws {
        let grid = SpannedGrid(cells: [
            SpannedCell("项目", row: 0, column: 0, rowSpan: 1, columnSpan: Int.max, line: 1),
            SpannedCell("合计", row: 1, column: 0, rowSpan: Int.max, columnSpan: 1, line: 2),
            SpannedCell("1.00", row: 1, column: 1, line: 2),
        ], rowCount: 2, columnCount: 2, line: 1)
        let document = StructuredAssembler.assemble(StructuredDocument(blocks: [.paragraph(Paragraph("某表", line: 0)), .grid(grid)]))
        let table = try #require(document.tables.first)
        #expect(table.title == "某表")
        #expect(table.dataRows.map(\.texts) == [["合计", "1.00"]])
    }
}
