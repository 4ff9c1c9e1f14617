@testable import BudgetCore
import Testing

/// `keyFigures` items `figure=source` in a family file: read, checked, and what they read.
@Suite struct KeyFigureDeclarationTests {
    @Test func itemsAreReadAsLabelsOrDeclarations() {
        #expect(KeyFigureDeclaration.parse("收入合计") == .label)
        #expect(KeyFigureDeclaration.parse("totalIncome=row:收入合计")
            == .declaration(KeyFigureDeclaration(figure: .totalIncome, source: .row("收入合计"))))
        #expect(KeyFigureDeclaration.parse("personnel=codes:301+303")
            == .declaration(KeyFigureDeclaration(figure: .personnel, source: .codes(["301", "303"]))))
        #expect(KeyFigureDeclaration.parse("threePublic=column:“三公”经费")
            == .declaration(KeyFigureDeclaration(figure: .threePublic, source: .column("“三公”经费"))))
    }

    @Test func aBadDeclarationNamesTheFileAndTable() {
        #expect(throws: FamilyDecoder.Failure(source: "x.json", message: "tables[0].keyFigures: 'income' is not one of totalIncome, "
            + "carryOver, totalExpenditure, basicExpenditure, projectExpenditure, personnel, publicFunds, threePublic, procurement")) {
            try FamilyDecoder.decode(#"{"name":"x","tables":[{"kind":"budgetSummary","titleKeys":["表"],"sheetName":"表","keyFigures":["income=row:收入"]}]}"#,
                                     source: "x.json")
        }
        #expect(throws: FamilyDecoder.Failure.self) {
            try FamilyDecoder.decode(#"{"name":"x","tables":[{"kind":"basicExpenditure","titleKeys":["表"],"sheetName":"表","keyFigures":["personnel=codes:30a"]}]}"#,
                                     source: "y.json")
        }
    }

    @Test func builtinFamiliesDeclareTheJiangsuFigures() throws {
        let family = try #require(FamilyCatalog.builtin.families.first { $0.name == "jiangsu-provincial-2017" })
        let declared = family.tables.flatMap(\.keyFigureDeclarations).map(\.figure)
        #expect(Set(declared) == Set(KeyFigureDeclaration.Figure.allCases))
    }
}
