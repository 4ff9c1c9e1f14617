import Testing
@testable import BudgetCore

@Suite struct RecognizerTests {
    func tables(_ text: String) -> [BudgetTable] { DocumentReader.read(text: text).tables }

    @Test func titleIsATextLineDirectlyFollowedByACellLine() {
        let document = DocumentReader.read(text: "情况说明在前\n\n我的表\n\t甲\n\t乙\n\n\t1\n\t2\n\n之后的说明\n")
        #expect(document.tables.count == 1)
        #expect(document.tables[0].title == "我的表")
        #expect(document.tables[0].allRows.map(\.texts) == [["甲", "乙"], ["1", "2"]])
        #expect(document.narrative.map(\.text) == ["情况说明在前", "之后的说明"])
    }

    @Test func continuationLinesJoinTheCellAbove() {
        let text = "某项目绩效目标表\n\t绩效目标\n\t1.第一句，\n负责培训\n。\n\n\n\t一级指标\n\t二级指标\n\n\t产出指标\n\t数量指标\n"
        let table = tables(text)[0]
        #expect(table.preambleRows.map(\.texts) == [["绩效目标", "1.第一句，\n负责培训\n。"]])
        #expect(table.dataRows.map(\.texts) == [["产出指标", "数量指标"]])
    }

    @Test func targetParagraphsAfterBlankLinesStayInTheTargetCell() throws {
        let text = "X绩效目标表\n\t绩效目标\n\t1.促进就业\n\n\n2.发放补贴\n\n3.负责培训\n\n\t一级指标\n\t二级指标\n\n\t产出指标\n\t数量指标\n\n下一段说明\n"
        let document = DocumentReader.read(text: text)
        let table = try #require(document.tables.first)
        #expect(table.preambleRows.map(\.texts) == [["绩效目标", "1.促进就业\n2.发放补贴\n3.负责培训"]])
        #expect(table.headerRows.map(\.texts) == [["一级指标", "二级指标"]])
        #expect(document.narrative.map(\.text) == ["下一段说明"])
    }

    @Test func rowsBrokenByBlankLinesAreRejoined() {
        let text = "表A绩效目标表\n\t一级指标\n\t二级指标\n\t三级指标\n\t描述\n\t指标值\n\t依据\n\n"
            + "\t产出指标\n\t数量\n\t人数\n\t描述甲\n\n\t100人\n\t统计\n\n"       // 4 + 2
            + "\t\n\t质量\n\t比率\n\n\t描述乙\n\n\t95%\n\t安排\n\n"               // 3 + 1 + 2
            + "\t\n\t时效\n\t及时\n\t描述丙\n\t及时\n\n\n\n\t用款计划\n"         // 5 + 1
        let table = tables(text)[0]
        #expect(table.warnings.isEmpty)
        #expect(table.dataRows.map(\.count) == [6, 6, 6])
        #expect(table.dataRows[1].texts == ["", "质量", "比率", "描述乙", "95%", "安排"])
    }

    @Test func notesBelongBeneathTheirTable() {
        let text = "部门预算政府基金预算财政拨款支出表\n\t序号\n\t合计\n\n\t\n\t\n\n注：第一条。\n注：无预算，空表列示。\n正文\n"
        let document = DocumentReader.read(text: text)
        #expect(document.tables[0].notes.map(\.text) == ["注：第一条。", "注：无预算，空表列示。"])
        #expect(document.narrative.map(\.text) == ["正文"])
    }

    @Test func shortRowAtEndOfFileIsReportedAsCutOff() {
        let text = "机构表\n\t单位名称\n\t单位性质\n\t规格\n\n\t甲单位\n\t行政"
        let table = tables(text)[0]
        #expect(table.dataRows.map(\.texts) == [["甲单位", "行政"]])
        #expect(table.warnings == [ConversionWarning(line: 6, "the file ends inside this table: its last row has 2 of 3 cells")])
    }

    @Test func unknownTableWithAmbiguousHeaderWarns() {
        let text = "其他省份三公经费表\n\t单位：万元\n\n\t序号\n\t收入\n\t支出\n\n\t\n\t名称\n\t金额\n\t名称\n\t金额\n\n\t1\n\t甲\n\t1.00\n\t乙\n\t2.00\n"
        let table = tables(text)[0]
        #expect(table.kind == .unknown)
        #expect(table.meta?.texts == ["单位：万元"])
        #expect(table.header.merges.map(\.description) == ["A1:A2", "B1:C1", "D1:E1"])
        #expect(table.warnings.map(\.message) == ["header is ambiguous (adjacent spanning labels); spans guessed"])
    }

    @Test func continuationEndingInBiaoInsideAShortRowIsNotATitle() {
        let text = "1、项目绩效目标表\n\t绩效目标\n\t1.目标\n\n\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n\n"
            + "\t产出指标\n\t数量指标\n\t人数\n\t依据统计\n报表\n\t≥5人\n\t统计报表\n"
        let document = DocumentReader.read(text: text)
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.dataRows.map(\.texts) == [["产出指标", "数量指标", "人数", "依据统计\n报表", "≥5人", "统计报表"]])
        #expect(document.allWarnings.isEmpty)
    }

    @Test func unknownTitleRightAfterACompleteRowStartsATable() {
        let text = "甲表\n\t名称\n\t值\n\n\t一\n\t1\n乙表\n\t项目\n\t数\n"
        #expect(DocumentReader.read(text: text).tables.map(\.title) == ["甲表", "乙表"])
    }

    @Test func rowsAfterANoteOpenATableOfTheirOwn() {
        let document = DocumentReader.read(text: "表\n\t1\n\n注：a\n\n\t2\n")
        #expect(document.tables.map(\.title) == ["表", ""])
        #expect(document.tables.map { $0.allRows.map(\.texts) } == [[["1"]], [["2"]]])
        #expect(document.tables[0].notes.map(\.text) == ["注：a"])
    }

    @Test func continuationOfAnEmptyCellReplacesIt() {
        let document = DocumentReader.read(text: "标题\n\t\n续行\n")
        #expect(document.tables.first?.allRows.map(\.texts) == [["续行"]])
    }
}
