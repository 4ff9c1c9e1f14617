/// 项目绩效目标表 contents: project, 绩效目标 text (sometimes continued on text lines or in
/// later paragraphs) and indicator rows, grouped under 一级指标 or not.
enum PerformanceTargetPlanner {
    private typealias Indicator = (third: String, description: String, value: String, basis: String)

    private static let pools: [(first: String, second: String, indicators: [Indicator])] = [
        ("产出指标", "数量指标", [("补助人数", "享受补助的人数", "≥#人", "统计报表"),
                                 ("维持工作运转事项", "维持工作运转的事项", "≥#类", "年度工作安排"),
                                 ("开展培训次数", "开展就业指导服务培训次数", "≥#次", "年初工作安排")]),
        ("产出指标", "质量指标", [("完成率", "实际完成工作量占应完成工作量的比率", "≥95%", "年度工作安排"),
                                 ("补助发放覆盖率", "实际发放补助的人数占应发放补助人数的比率", "≥95％", "工资表")]),
        ("产出指标", "时效指标", [("及时率", "各项工作实际完成时间占应完成时间的比率", "≥95%", "年度工作安排"),
                                 ("资金到位及时率", "资金及时到位", "及时", "用款计划审批表")]),
        ("产出指标", "成本指标", [("成本控制", "合理安排预算，减少不必要开支", "控制在预算内", "部门总体工作计划"),
                                 ("补助标准", "人均补助标准", "≤#元/人/月", "冀人社发【2020】16号")]),
        ("效益指标", "社会效益指标", [("补助人群生活改善情况", "补助人群在生活、医疗、护理、教育等方面的改善情况", "显著改善", "回访调查"),
                                     ("就业提高率", "就业提高率", "≥5%", "统计报表"),
                                     ("社会影响力", "保障工作正常运转，提升服务社会能力", "保障", "")]),
        ("效益指标", "经济效益指标", [("年均收入增长率", "扶持对象年均收入与上年年均收入对比", "≥10％", "两年对比测算")]),
        ("效益指标", "可持续影响指标", [("维护社会稳定", "维护社会稳定", "稳定", "采访调查"),
                                       ("社会保障制度更加公平可持续", "社会保障制度更加公平可持续", "更加公平持续", "调查问卷")]),
        ("满意度指标", "服务对象满意度指标", [("群众满意度", "调查中满意人数占总人数的比率", "≥95%", "调查问卷"),
                                           ("服务对象满意度", "通过问卷调查，满意和较满意的受益对象占全部调研对象的比率", "≥90％", "调查问卷")]),
    ]

    private static let openings = ["1.保障单位基本支出，保障单位工作正常运转。", "1.按时足额发放补贴，确保政策落实到位。",
                                   "1.促进我县经济发展和社会稳定，降低失业率", "1.保证项目资金及时足额拨付，提高资金使用效益。",
                                   "1.扩大就业，促进创业，改善民生。"]
    private static let continuations = ["2.提高工作积极性，提升服务社会水平。", "2.发放公益性岗位、扶贫专岗、就业见习等补贴",
                                        "3.负责劳动力转移培训。", "。", "2.依据银行提供的利息单每季度向银行贴息，实现双赢。"]

    static func projectNames(year: Int, leaves: [FunctionLine], random: inout SeededRandom) -> [String] {
        var names = leaves.filter { $0.project > 0 }.map { $0.subject.name + ["专项经费", "工作经费", "项目资金"][random.int(0...2)] }
        names.append("冀财社[\(year - 1)]\(random.int(10...199))号关于提前下达\(year)年中央就业补助资金预算的通知（直达）")
        names.append("乡镇保障站运转经费")
        return names
    }

    static func plan(projects: [String], continued: Bool, random: inout SeededRandom) -> [PerformanceTarget] {
        let count = random.weighted([0.15, 0.45, 0.3, 0.1]) == 0 ? 0 : random.int(1...12)
        let grouped = random.chance(0.7)
        return (0..<count).map { _ in
            var text = random.pick(openings) ?? ""
            var later: [String] = []
            if continued, random.chance(0.4) {
                text += "\n" + (random.pick(continuations) ?? "。")
            }
            if continued, random.chance(0.3) {
                later = Array(random.shuffled(continuations).prefix(random.int(1...2)))
            }
            return PerformanceTarget(project: random.pick(projects) ?? "日常运转经费", targetText: text,
                                     laterParagraphs: later,
                                     indicators: indicators(grouped: grouped, continued: continued, random: &random))
        }
    }

    private static func indicators(grouped: Bool, continued: Bool, random: inout SeededRandom) -> [[String]] {
        var rows: [[String]] = []
        var previousFirst = ""
        for pool in pools where pool.first == "满意度指标" || random.chance(pool.first == "产出指标" ? 0.85 : 0.55) {
            for indicator in random.shuffled(pool.indicators).prefix(random.int(1...2)) {
                var description = indicator.description
                if continued, description.count > 12, random.chance(0.15) {
                    // A line break inside the cell: the rest comes as a text line (never one
                    // ending in 表, which a reader would take for the next table's title).
                    let cut = description.index(description.startIndex, offsetBy: description.count / 2)
                    if !description[cut...].hasSuffix("表") {
                        description = String(description[..<cut]) + "\n" + String(description[cut...])
                    }
                }
                let value = indicator.value.replacing("#", with: String(random.int(1...500)))
                let first = grouped && pool.first == previousFirst ? "" : pool.first
                rows.append([first, pool.second, indicator.third, description, value, indicator.basis])
                previousFirst = pool.first
            }
        }
        return rows
    }
}
