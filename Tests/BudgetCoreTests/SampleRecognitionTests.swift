import Testing
import TestSupport
@testable import BudgetCore

@Suite struct SampleRecognitionTests {
    let document: BudgetDocument

    init() throws {
        document = try DocumentReader.read(SampleExport.bytes())
    }

    @Test func findsAll47TablesInDocumentOrder() {
        let kinds = document.tables.map(\.kind)
        #expect(kinds.count == 47)
        #expect(Array(kinds.prefix(10)) == [
            .budgetSummary, .incomeSummary, .expenditureSummary, .fiscalGrantSummary, .generalBudgetExpenditure,
            .basicExpenditure, .governmentFundExpenditure, .stateCapitalExpenditure, .threePublicExpenditure,
            .organization,
        ])
        #expect(kinds[10..<45].allSatisfy { $0 == .performanceTarget })
        #expect(Array(kinds.suffix(2)) == [.procurement, .fixedAssets])
        #expect(document.allWarnings.isEmpty)
        #expect(document.unit == "316平乡县人力资源和社会保障局")
        #expect(document.year == "2022")
    }

    @Test func budgetTablesHaveMetaHeaderAndIndexRows() throws {
        let income = document.tables[1]
        #expect(income.meta?.texts == ["316平乡县人力资源和社会保障局", "预算年度：2022", "单位：万元"])
        #expect(income.width == 13)
        #expect(income.indexRow?.texts == ["栏次"] + (1...12).map(String.init))
        #expect(income.dataRows.count == 34)
        #expect(income.dataRows[0].texts == ["1", "", "合计", "15415.77", "15407.98", "15407.98", "", "", "", "", "", "", "7.79"])
        #expect(income.columnLabels.map(TextNormalizer.compact) == [
            "序号", "科目编码", "科目名称", "合计", "小计", "财政拨款收入", "财政专户收入", "事业收入", "经营收入",
            "上级补助收入", "附属单位上缴收入", "其他收入", "上年结转",
        ])
    }

    @Test func headerMergesAreTheOfficialOnes() {
        let expected: [TableKind: [String]] = [
            .budgetSummary: ["A1:A2", "B1:C1", "D1:E1"],
            .incomeSummary: ["A1:A2", "B1:C1", "D1:D2", "E1:L1", "M1:M2"],
            .expenditureSummary: ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:I2"],
            .fiscalGrantSummary: ["A1:A2", "B1:C1", "D1:H1"],
            .generalBudgetExpenditure: ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2"],
            .basicExpenditure: ["A1:A2", "B1:C1", "D1:F1"],
            .governmentFundExpenditure: ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2"],
            .stateCapitalExpenditure: ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2"],
            .threePublicExpenditure: ["A1:A2", "B1:B2", "C1:F1"],
            .procurement: ["A1:B1", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:O1", "P1:P2"],
        ]
        for table in document.tables {
            guard let merges = expected[table.kind] else { continue }
            #expect(table.header.merges.map(\.description) == merges, "\(table.title)")
            #expect(table.header.source == .catalog, "\(table.title)")
        }
    }

    @Test func brokenRowsOfTheSampleAreRejoined() throws {
        // Lines 3625-3632 arrive as 3 + 1 + 2 cells; 4414-4421 as 5 + 1.
        let labour = try #require(document.tables.first { $0.titleLine == 3599 })
        let row = try #require(labour.dataRows.first { $0.line == 3625 })
        #expect(row.texts == ["", "时效指标", "劳动仲裁到期结案率（%）", "劳动仲裁到期结案数量占劳动争议案件需结案数量的比率", "≥95%", "部门工作安排"])
        let loans = try #require(document.tables.first { $0.titleLine == 4401 })
        #expect(loans.dataRows.first?.texts.last == "年度计划安排")
        #expect(loans.dataRows.allSatisfy { $0.count == 6 })
    }

    @Test func notesAndNarrative() {
        #expect(document.tables[6].notes.map(\.text) == ["注：无政府基金预算财政拨款预算，空表列示。"])
        #expect(document.tables[45].notes.count == 2)
        #expect(document.narrative.first?.line == 2034)
        #expect(document.narrative.last?.text == "我部门无其他需要说明的事项。")
        #expect(document.narrative.count == 72)
    }
}
