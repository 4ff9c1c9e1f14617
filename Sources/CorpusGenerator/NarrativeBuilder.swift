/// The 情况说明 section of one department, with its tables embedded where the sample puts
/// them. Its figures are the tables' own: `部门全年预算数` is 收入总计, 人员经费 and 公用经费
/// are the 基本支出表 totals (the validator's narrative checks).
struct NarrativeBuilder {
    let budget: DepartmentBudget
    let name: String
    let tables: DisclosureTablesBuilder

    private static let duties = [
        "贯彻执行国家和省、市有关方针政策和法律法规，拟订全县相关工作的发展规划并组织实施。",
        "负责本系统预算编制、执行和财务管理工作，监督检查资金使用情况。",
        "统筹推进相关领域改革，协调解决工作中的重点难点问题。",
        "组织开展业务培训和宣传工作，指导乡镇（街道）开展相关工作。",
        "承办县委、县政府交办的其他事项。",
    ]

    private static let glossary = [
        "一般公共预算拨款收入：指县级财政当年拨付的资金。",
        "事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
        "其他收入：指除“一般公共预算拨款收入”、“事业收入”等以外的收入。主要是按规定动用的租房收入、存款利息收入等。",
        "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
        "项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "“三公”经费：纳入县级财政预算管理的“三公”经费，是指县级部门用财政拨款安排的因公出国（境）费、公务用车购置及运维费和公务接待费。",
        "机关运行费：是指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费等。",
        "上年结转：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。",
    ]

    func blocks(random: inout SeededRandom) -> [Block] {
        let year = budget.year
        var blocks: [Block] = []
        func say(_ text: String) { blocks.append(.paragraph(text)) }

        say("第一部分  \(name)\(year)年部门预算信息公开情况说明")
        say("\(name)\(year)年部门预算信息公开情况说明")
        say("按照《预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，现将\(name)\(year)年部门预算公开如下：")
        say("一、部门职责及机构设置情况")
        say("部门职责：")
        for (index, duty) in random.shuffled(Self.duties).prefix(random.int(2...5)).enumerated() {
            say("（\(index + 1)）\(duty)")
        }
        if let units = budget.organization {
            say("机构设置：")
            blocks.append(.table(tables.organization(units)))
        }

        let total = budget.functionTotal
        say("二、部门预算安排的总体情况")
        say("按照预算管理有关规定，目前我省部门预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。\(name)机关及所属事业单位的收支包含在部门预算中。")
        say("部门全年预算数\(Amount.text(total.total))万元，其中人员经费\(Amount.text(budget.personnel))万元（主要用于人员工资、社保费等），"
            + "运转类公用经费\(Amount.text(budget.publicFunds))万元，项目支出\(Amount.text(total.project))万元。")

        say("三、机关运行经费安排情况")
        let goods = budget.economicLines.filter { $0.subject.code.count == 5 && $0.publicFunds > 0 }
        let detail = goods.prefix(4).map { "\($0.subject.name)\(Amount.text($0.publicFunds))万元" }.joined(separator: "；")
        say("机关运转类公用经费\(Amount.text(budget.publicFunds))万元" + (detail.isEmpty ? "。" : "，其中\(detail)。"))

        say("四、财政拨款“三公”经费预算情况及增减变化原因")
        if let funds = budget.threePublic {
            say("\(year)年度“三公”经费预算\(Amount.text(funds.total))万元，其中因公出国（境）费\(Amount.text(funds.abroad))万元，"
                + "公务接待费\(Amount.text(funds.reception))万元，公务用车购置及运行费\(Amount.text(funds.vehicles))万元。")
        } else {
            say("本单位\(year - 1)年度无“三公”经费支出，\(year)年度无“三公”经费预算支出。")
        }

        say("五、预算绩效信息")
        say("（一）总体绩效目标")
        say("坚持以人民为中心的发展思想，围绕县委、县政府中心工作，全面完成年度各项工作任务，提高财政资金使用效益。")
        if !budget.targets.isEmpty {
            say("（二）分项绩效目标")
            blocks += tables.performanceTargets().map(Block.table)
        }

        if let items = budget.procurement {
            say("六、政府采购预算情况")
            say("\(year)年，\(name)安排政府采购预算\(Amount.text(budget.procurementTotal))万元。具体内容见下表。")
            blocks.append(.table(tables.procurement(items)))
        }
        if let assets = budget.fixedAssets {
            say("七、国有资产信息")
            say("\(name)（含所属单位）上年末固定资产金额为\(Amount.text(assets.total))万元（详见下表）。"
                + "本年度拟购置固定资产总额为\(Amount.text(budget.procurementTotal))万元，已按要求列入政府采购预算，详见政府采购预算表。")
            blocks.append(.table(tables.fixedAssets(assets)))
        }
        say("八、名词解释")
        for (index, entry) in Self.glossary.enumerated() { say("\(index + 1)、\(entry)") }
        say("九、其他需要说明的事项")
        say("我部门无其他需要说明的事项。")
        return blocks
    }
}
