/// A 2025-style 部门预算收支总表 (docs/format.md): 5 income lines ending `五、单位资金`, 31 spending
/// lines ending `三十一、人行科目` (34 rows), ASCII colons in the meta row. The amounts default to
/// the sample's, so with them the sample stays consistent.
public struct BudgetSummary2025: Sendable {
    public var unitFunds = ""
    public var socialSecurity = "11230.07"
    public var currentIncome = "15407.98"
    public var grandIncome = "15415.77"
    public var currentSpending = "15415.77"
    public var grandSpending = "15415.77"

    public init(unitFunds: String = "", socialSecurity: String = "11230.07", currentIncome: String = "15407.98",
                grandIncome: String = "15415.77", currentSpending: String = "15415.77", grandSpending: String = "15415.77") {
        self.unitFunds = unitFunds
        self.socialSecurity = socialSecurity
        self.currentIncome = currentIncome
        self.grandIncome = grandIncome
        self.currentSpending = currentSpending
        self.grandSpending = grandSpending
    }

    /// 单位资金 20.00, with totals that include it (the other tables then disagree).
    public static let withUnitFunds = BudgetSummary2025(unitFunds: "20.00", socialSecurity: "11250.07",
        currentIncome: "15427.98", grandIncome: "15435.77", currentSpending: "15435.77", grandSpending: "15435.77")

    static let income = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入",
                         "四、财政专户管理资金收入", "五、单位资金"]
    static let spending = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
                           "文化旅游体育与传媒支出", "社会保障和就业支出", "社会保险基金支出", "卫生健康支出", "节能环保支出",
                           "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出",
                           "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出",
                           "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费", "其他支出", "转移性支出", "债务还本支出",
                           "债务付息支出", "债务发行费用支出", "抗疫特别国债安排的支出", "人行科目"]

    /// The table's lines, title first, ending with a blank line.
    public var lines: [String] {
        let incomeAmounts = ["15407.98", "", "", "", unitFunds]
        let spendingAmounts = [8: socialSecurity, 10: "103.41", 13: "3961.91", 20: "120.38"]
        var lines = ["部门预算收支总表", "\t316平乡县人力资源和社会保障局", "\t预算年度:2025", "\t单位:万元", "",
                     "\t序号", "\t收入", "\t支出", "", "\t", "\t项 目", "\t预算数", "\t项 目", "\t预算数", "",
                     "\t栏次", "\t1", "\t2", "\t3", "\t4", ""]
        for index in 0..<31 {
            lines += ["\t\(index + 1)", "\t" + (index < 5 ? Self.income[index] : ""),
                      "\t" + (index < 5 ? incomeAmounts[index] : ""),
                      "\t\(Self.chinese(index + 1))、\(Self.spending[index])", "\t" + (spendingAmounts[index + 1] ?? ""), ""]
        }
        lines += ["\t32", "\t本年收入合计", "\t" + currentIncome, "\t本年支出合计", "\t" + currentSpending, ""]
        lines += ["\t33", "\t上年结转结余", "\t7.79", "\t年终结转结余", "\t", ""]
        lines += ["\t34", "\t收入总计", "\t" + grandIncome, "\t支出总计", "\t" + grandSpending, ""]
        return lines
    }

    /// 1 → 一, 12 → 十二, 31 → 三十一.
    static func chinese(_ n: Int) -> String {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        if n <= 10 { return numerals[n - 1] }
        if n < 20 { return "十" + numerals[n - 11] }
        let tens = numerals[n / 10 - 1] + "十"
        return n % 10 == 0 ? tens : tens + numerals[n % 10 - 1]
    }
}
