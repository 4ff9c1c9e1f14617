import Testing
@testable import BudgetCore

@Suite struct ValidationCentsTests {
    @Test(arguments: [
        ("15407.98", 1_540_798), ("0.10", 10), ("-3.5", -350), ("1,234.50", 123_450), ("12,345,678", 1_234_567_800), ("", 0), ("  ", 0),
        ("7", 700), (".5", 50), ("-", 0), ("—", 0), ("１２.３", 1230), ("0.005", 1), ("2.994", 299), ("+1.00", 100),
    ] as [(String, Int64)])
    func parses(text: String, cents: Int64) {
        #expect(Cents(parsing: text)?.value == cents)
    }

    @Test(arguments: ["abc", "1.2.3", "12a", "1,,234", ",5", "1,", "--1", "1234567890123456", "1-2", "1,2", "1234,567", "1,2345.00", "1,234,5"])
    func rejects(text: String) {
        #expect(Cents(parsing: text) == nil)
    }

    @Test func formatsWithTwoDecimals() {
        #expect(Cents(1_541_577).description == "15415.77")
        #expect(Cents(5).description == "0.05")
        #expect(Cents(-350).description == "-3.50")
        #expect(Cents(0).description == "0.00")
        #expect(Cents(Int64.min).description.hasPrefix("-"))
    }

    @Test func sumsExactlyAndSaturates() {
        // 0.1 + 0.2 is 0.3 in cents, unlike Double.
        #expect([Cents(10), Cents(20)].sum() == Cents(30))
        #expect(Cents(Int64.max) + Cents(1) == Cents(Int64.max))
        #expect(Cents(Int64.min) - Cents(1) == Cents(Int64.min))
    }

    @Test func labelMeaningStripsNumbering() {
        #expect(LabelMeaning.key("十、卫生健康支出") == "卫生健康支出")
        #expect(LabelMeaning.key("三十一、人行科目") == "人行科目")
        #expect(LabelMeaning.key("（二）政府性基金") == "政府性基金")
        #expect(LabelMeaning.key("一般公共服务支出") == "一般公共服务支出")
        #expect(LabelMeaning.key("收 入 总 计") == "收入总计")
        #expect(LabelMeaning.key("政府基金预算财政拨款") == "政府性基金预算财政拨款")
        #expect(LabelMeaning.isNumbered("一、一般公共预算拨款"))
        #expect(!LabelMeaning.isNumbered("年初财政拨款结转和结余"))
    }

    @Test func narrativeFiguresNeedAKeywordAndAUnit() {
        let paragraph = Paragraph("部门全年预算数15385.49万元，其中人员经费1526.48万元，比上年增加人员经费12.00万元，公用经费为 68.11 万元，人员经费12人", line: 9)
        let total = NarrativeChecks.figures(in: paragraph, keywords: NarrativeChecks.totalKeywords)
        #expect(total.map(\.value) == [Cents(1_538_549)])
        #expect(total.map(\.keyword) == ["部门全年预算数"])
        #expect(NarrativeChecks.figures(in: paragraph, keywords: ["人员经费"]).map(\.value) == [Cents(152_648)])
        #expect(NarrativeChecks.figures(in: paragraph, keywords: ["公用经费"]).map(\.value) == [Cents(6811)])
    }
}
