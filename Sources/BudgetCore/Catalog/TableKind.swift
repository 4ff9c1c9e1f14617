/// The kinds of table the catalog knows (docs/templates.md), plus `unknown` for any other layout.
public enum TableKind: String, Sendable, Codable, CaseIterable {
    case budgetSummary            // 部门预算收支总表
    case incomeSummary            // 部门预算收入总表
    case expenditureSummary       // 部门预算支出总表
    case fiscalGrantSummary       // 部门预算财政拨款收支总表
    case generalBudgetExpenditure // 一般公共预算财政拨款支出表
    case basicExpenditure         // 一般公共预算财政拨款基本支出表
    case governmentFundExpenditure // 政府性基金预算财政拨款支出表
    case stateCapitalExpenditure  // 国有资本经营预算财政拨款支出表
    case threePublicExpenditure   // 财政拨款“三公”经费支出表
    case organization             // 部门机构设置情况
    case performanceTarget        // 项目绩效目标表
    case procurement              // 部门政府采购预算
    case fixedAssets              // 部门固定资产占用情况表
    case fiscalGrantExpenditure   // 财政拨款支出预算表（功能科目）
    case fiscalGrantBasicExpenditure // 财政拨款基本支出预算表（经济科目）
    case operatingCost            // 机关运行经费支出预算表
    case unknown

    /// The nine tables every 部门预算 discloses, in their official order.
    public var isBudgetTable: Bool {
        switch self {
        case .budgetSummary, .incomeSummary, .expenditureSummary, .fiscalGrantSummary,
             .generalBudgetExpenditure, .basicExpenditure, .governmentFundExpenditure,
             .stateCapitalExpenditure, .threePublicExpenditure:
            return true
        default:
            return false
        }
    }
}
