/// Titles, header rows and notes copied verbatim from the sample export (docs/format.md: wrapped
/// header text shows up as runs of spaces, and the flat two-level form is kept as is). Only
/// the 2025 template's single-spaced `项 目` and the year in the 政府采购 header vary.
enum HeaderTemplates {
    static func item(_ layout: TemplateLayout) -> String { layout == .y2025 ? "项 目" : "项  目" }

    static func budgetSummary(_ layout: TemplateLayout) -> [[String]] {
        [["序号", "收入", "支出"], ["", item(layout), "预算数", item(layout), "预算数"]]
    }

    static let incomeSummary = [
        ["序号", "功能分类科目", "合计", "本年收入", "上年结转"],
        ["", "科目    编码", "科目名称", "", "小计", "财政拨款 收入", "财政专户 收入", "事业收入", "经营收入", "上级补助收入",
         "附属单位上缴收入", "其他收入", ""],
    ]

    static let expenditureSummary = [
        ["序号", "功能分类科目", "合计", "基本支出", "项目支出", "经营支出", "上解上级     支出", "对附属单位补助支出"],
        ["", "科目    编码", "科目名称", "", "", "", "", "", ""],
    ]

    static func fiscalGrantSummary(_ layout: TemplateLayout) -> [[String]] {
        [["序号", "收入", "支出"],
         ["", item(layout), "金额", item(layout), "合计", "一般公共预算财政拨款", "政府性基金预算财政    拨款", "国有资本经营预算财政拨款"]]
    }

    /// 一般公共预算, 政府性基金 and 国有资本经营 支出表.
    static let functionExpenditure = [
        ["序号", "功能分类科目", "合计", "基本支出", "项目支出"],
        ["", "科目编码", "科目名称", "", "", ""],
    ]

    static let basicExpenditure = [
        ["序号", "支出部门经济分类科目", "一般公共预算基本支出"],
        ["", "科目编码", "科目名称", "合计", "人员经费", "公用经费"],
    ]

    static let threePublic = [
        ["序号", "项  目", "资 金 性 质"],
        ["", "", "合计", "一般公共预算              财政拨款", "政府性基金                  预算拨款", "国有资本经营              预算财政拨款"],
    ]

    static let organization = [["单位名称", "单位性质", "单位规格", "经费保障形式"]]

    static let performanceTarget = [["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"]]

    static func procurement(year: Int) -> [[String]] {
        [["政府采购项目来源", "采购物品名称", "政府采购目录序号", "计量  单位", "数量", "单价", "政府采购金额（当年部门预算安排资金）",
          "\(year)年  预留中  小微企  业份额"],
         ["项目名称", "预算    资金", "", "", "", "", "", "合计", "一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款",
          "财政专户核拨", "单位    资金", "财政拨    款结转", "非财政    拨款结    转结余", ""]]
    }

    static let fixedAssets = [["项   目", "数量", "价值（金额单位：万元）"]]

    static func indexRow(columns: Int) -> [String] { ["栏次"] + (1..<columns).map(String.init) }

    enum Titles {
        static let budgetSummary = "部门预算收支总表"
        static let incomeSummary = "部门预算收入总表"
        static let expenditureSummary = "部门预算支出总表"
        static let fiscalGrantSummary = "部门预算财政拨款收支总表"
        static let generalBudget = "部门预算一般公共预算财政拨款支出表"
        static let basic = "部门预算一般公共预算财政拨款基本支出表"
        static let governmentFund = "部门预算政府基金预算财政拨款支出表"
        static let stateCapital = "部门预算国有资本经营预算财政拨款支出表"
        static let threePublic = "部门预算财政拨款“三公”经费支出表"
        static let organization = "部门机构设置情况"
        static let procurement = "部门政府采购预算"
        static let fixedAssets = "部门固定资产占用情况表"
    }

    enum Notes {
        static let emptyGovernmentFund = "注：无政府基金预算财政拨款预算，空表列示。"
        static let emptyStateCapital = "注：无国有资本经营预算财政拨款预算，空表列示。"
        static let emptyThreePublic = "注：无财政拨款“三公”经费支出表预算，空表列示。"
        static let procurementPrices = "注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。采购事项按照相关规定执行。"
        static let emptyProcurement = "注：无政府采购预算，空表列示。"
    }
}
