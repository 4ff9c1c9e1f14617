/// 支出经济分类 subjects of the 基本支出表. 301 and 303 are 人员经费, 302 公用经费: the
/// split the validator checks (docs/identities.md).
enum EconomicCatalog {
    struct Group {
        var code: String
        var name: String
        var isPersonnel: Bool
        var items: [FunctionSubject]
    }

    private static func group(_ code: String, _ name: String, personnel: Bool, _ items: [(String, String)]) -> Group {
        Group(code: code, name: name, isPersonnel: personnel,
              items: items.map { FunctionSubject(code: code + $0.0, name: $0.1) })
    }

    static let wages = group("301", "工资福利支出", personnel: true, [
        ("01", "基本工资"), ("02", "津贴补贴"), ("03", "奖金"), ("06", "伙食补助费"), ("07", "绩效工资"),
        ("08", "机关事业单位基本养老保险缴费"), ("09", "职业年金缴费"), ("10", "职工基本医疗保险缴费"),
        ("11", "公务员医疗补助缴费"), ("12", "其他社会保障缴费"), ("13", "住房公积金"), ("14", "医疗费"),
        ("99", "其他工资福利支出"),
    ])

    static let goods = group("302", "商品和服务支出", personnel: false, [
        ("01", "办公费"), ("02", "印刷费"), ("03", "咨询费"), ("04", "手续费"), ("05", "水费"), ("06", "电费"),
        ("07", "邮电费"), ("08", "取暖费"), ("09", "物业管理费"), ("11", "差旅费"), ("13", "维修（护）费"),
        ("15", "会议费"), ("16", "培训费"), ("17", "公务接待费"), ("26", "劳务费"), ("28", "工会经费"),
        ("29", "福利费"), ("31", "公务用车运行维护费"), ("39", "其他交通费用"), ("99", "其他商品和服务支出"),
    ])

    static let households = group("303", "对个人和家庭的补助", personnel: true, [
        ("01", "离休费"), ("02", "退休费"), ("05", "生活补助"), ("07", "医疗费补助"), ("09", "奖励金"),
        ("99", "其他对个人和家庭的补助"),
    ])
}
