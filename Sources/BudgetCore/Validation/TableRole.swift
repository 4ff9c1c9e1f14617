/// What a table is for the validator: its catalog kind when the catalog knows it, else read
/// off its title (other provinces and years title the same tables differently:
/// `2024年部门一般公共预算支出功能分类预算表`, `财政拨款支出预算表（功能科目）`).
enum TableRole: Equatable, CaseIterable {
    case budgetSummary            // 收支总表
    case incomeSummary            // 收入总表
    case expenditureSummary       // 支出总表
    case fiscalGrantSummary       // 财政拨款收支总表
    case fiscalExpenditure        // 财政拨款支出表 (功能科目), all funds of 财政拨款
    case fiscalBasicExpenditure   // 财政拨款基本支出表 (经济科目)
    case generalBudgetExpenditure // 一般公共预算支出表 (功能分类)
    case basicExpenditure         // 一般公共预算基本支出表 (经济分类)
    case governmentFundExpenditure
    case stateCapitalExpenditure
    case threePublic              // “三公”经费 (and 会议费/培训费, 机关运行经费) table
    case operatingCost            // 机关运行经费 by 经济分类
    case other

    static func of(_ table: BudgetTable) -> TableRole {
        switch table.kind {
        case .budgetSummary: return .budgetSummary
        case .incomeSummary: return .incomeSummary
        case .expenditureSummary: return .expenditureSummary
        case .fiscalGrantSummary: return .fiscalGrantSummary
        case .generalBudgetExpenditure: return .generalBudgetExpenditure
        case .basicExpenditure: return .basicExpenditure
        case .governmentFundExpenditure: return .governmentFundExpenditure
        case .stateCapitalExpenditure: return .stateCapitalExpenditure
        case .threePublicExpenditure: return .threePublic
        case .fiscalGrantExpenditure: return .fiscalExpenditure
        case .fiscalGrantBasicExpenditure: return .fiscalBasicExpenditure
        case .operatingCost: return .operatingCost
        case .organization, .performanceTarget, .procurement, .fixedAssets: return .other
        case .unknown: return of(title: table.title)
        }
    }

    static func of(title: String) -> TableRole {
        let t = TextNormalizer.compact(title)
        let has: (String) -> Bool = { t.containsText($0) }
        if has("三公") { return .threePublic }
        if has("机关运行经费") { return .operatingCost }
        if has("绩效") || has("采购") || has("资产") || has("机构") { return .other }
        if has("收支") { return has("财政拨款") ? .fiscalGrantSummary : .budgetSummary }
        if has("政府性基金") && has("支出") { return .governmentFundExpenditure }
        if has("国有资本经营") && has("支出") { return .stateCapitalExpenditure }
        if has("基本支出") {
            return has("一般公共预算") ? .basicExpenditure : (has("财政拨款") ? .fiscalBasicExpenditure : .basicExpenditure)
        }
        if has("一般公共预算") && has("支出") { return .generalBudgetExpenditure }
        if has("财政拨款") && has("支出") { return .fiscalExpenditure }
        if has("收入") && has("总表") { return .incomeSummary }
        if has("支出") && has("总表") { return .expenditureSummary }
        return .other
    }

    var isSummary: Bool { self == .budgetSummary || self == .fiscalGrantSummary }

    /// Tables read row by row with 科目编码 (or a 合计 row and amount columns).
    var isCodeTable: Bool {
        switch self {
        case .incomeSummary, .expenditureSummary, .fiscalExpenditure, .fiscalBasicExpenditure,
             .generalBudgetExpenditure, .basicExpenditure, .governmentFundExpenditure, .stateCapitalExpenditure,
             .operatingCost:
            return true
        default:
            return false
        }
    }

    /// The role as a catalog kind, for tables the catalog does not know (findings name a kind).
    var kind: TableKind {
        switch self {
        case .budgetSummary: return .budgetSummary
        case .incomeSummary: return .incomeSummary
        case .expenditureSummary: return .expenditureSummary
        case .fiscalGrantSummary: return .fiscalGrantSummary
        case .generalBudgetExpenditure: return .generalBudgetExpenditure
        case .basicExpenditure: return .basicExpenditure
        case .governmentFundExpenditure: return .governmentFundExpenditure
        case .stateCapitalExpenditure: return .stateCapitalExpenditure
        case .threePublic: return .threePublicExpenditure
        case .fiscalExpenditure, .fiscalBasicExpenditure, .operatingCost, .other: return .unknown
        }
    }
}
