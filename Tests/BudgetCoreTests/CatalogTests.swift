import Testing
@testable import BudgetCore

@Suite struct CatalogTests {
    @Test(arguments: [
        ("部门预算收支总表", TableKind.budgetSummary),
        ("表1 部门预算收支总表", .budgetSummary),
        ("部门预算财政拨款收支总表", .fiscalGrantSummary),
        ("部门预算收入总表", .incomeSummary),
        ("部门预算支出总表", .expenditureSummary),
        ("部门预算一般公共预算财政拨款支出表", .generalBudgetExpenditure),
        ("部门预算一般公共预算财政拨款基本支出表", .basicExpenditure),
        ("部门预算政府基金预算财政拨款支出表", .governmentFundExpenditure),
        ("部门预算政府性基金预算财政拨款支出表", .governmentFundExpenditure),
        ("表7  部门预算国有资本经营预算财政拨款支出表", .stateCapitalExpenditure),
        ("部门预算财政拨款“三公”经费支出表", .threePublicExpenditure),
        ("部门预算财政拨款\"三公\"经费支出表", .threePublicExpenditure),
        ("部门机构设置情况", .organization),
        ("1、2018年底前职业年金个人账户财政贴息资金绩效目标表", .performanceTarget),
        ("部门政府采购预算", .procurement),
        ("部门固定资产占用情况表", .fixedAssets),
        ("部门 预算 收支 总表", .budgetSummary),
    ])
    func recognisesTitleVariants(title: String, kind: TableKind) {
        #expect(TemplateCatalog.entry(forTitle: title)?.kind == kind)
    }

    @Test func unknownTitles() {
        #expect(TemplateCatalog.entry(forTitle: "部门预算项目支出明细") == nil)
        #expect(TemplateCatalog.entry(forTitle: "") == nil)
    }
}
