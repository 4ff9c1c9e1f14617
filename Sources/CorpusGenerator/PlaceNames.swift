/// Counties and departments to name the corpus after (Hebei, like the sample). Each
/// department lists the 功能分类 类 its money mostly goes to.
enum PlaceNames {
    struct County {
        var code: String
        var name: String
    }

    struct Department {
        var name: String
        var mainClasses: [String]
    }

    static let counties: [County] = [
        County(code: "130522", name: "临城县"), County(code: "130523", name: "内丘县"),
        County(code: "130524", name: "柏乡县"), County(code: "130525", name: "隆尧县"),
        County(code: "130528", name: "宁晋县"), County(code: "130529", name: "巨鹿县"),
        County(code: "130530", name: "新河县"), County(code: "130531", name: "广宗县"),
        County(code: "130532", name: "平乡县"), County(code: "130533", name: "威县"),
        County(code: "130534", name: "清河县"), County(code: "130535", name: "临西县"),
        County(code: "130424", name: "成安县"), County(code: "130425", name: "大名县"),
        County(code: "130426", name: "涉县"), County(code: "130427", name: "磁县"),
        County(code: "130430", name: "邱县"), County(code: "130431", name: "鸡泽县"),
        County(code: "130432", name: "广平县"), County(code: "130433", name: "馆陶县"),
        County(code: "130434", name: "魏县"), County(code: "130435", name: "曲周县"),
        County(code: "130621", name: "满城区"), County(code: "130623", name: "涞水县"),
    ]

    static let departments: [Department] = [
        Department(name: "人力资源和社会保障局", mainClasses: ["208"]),
        Department(name: "财政局", mainClasses: ["201"]),
        Department(name: "教育局", mainClasses: ["205"]),
        Department(name: "卫生健康局", mainClasses: ["210"]),
        Department(name: "农业农村局", mainClasses: ["213"]),
        Department(name: "水利局", mainClasses: ["213"]),
        Department(name: "交通运输局", mainClasses: ["214"]),
        Department(name: "自然资源和规划局", mainClasses: ["220"]),
        Department(name: "住房和城乡建设局", mainClasses: ["212", "221"]),
        Department(name: "民政局", mainClasses: ["208"]),
        Department(name: "司法局", mainClasses: ["204"]),
        Department(name: "公安局", mainClasses: ["204"]),
        Department(name: "应急管理局", mainClasses: ["224"]),
        Department(name: "生态环境分局", mainClasses: ["211"]),
        Department(name: "文化广电和旅游局", mainClasses: ["207"]),
        Department(name: "科学技术局", mainClasses: ["206"]),
        Department(name: "人民政府办公室", mainClasses: ["201"]),
        Department(name: "纪律检查委员会", mainClasses: ["201"]),
        Department(name: "委员会组织部", mainClasses: ["201"]),
        Department(name: "人大常委会办公室", mainClasses: ["201"]),
        Department(name: "林业局", mainClasses: ["213"]),
        Department(name: "城市管理综合行政执法局", mainClasses: ["212"]),
        Department(name: "退役军人事务局", mainClasses: ["208"]),
        Department(name: "消防救援大队", mainClasses: ["224"]),
        Department(name: "融媒体中心", mainClasses: ["207"]),
        Department(name: "疾病预防控制中心", mainClasses: ["210"]),
        Department(name: "第一中学", mainClasses: ["205"]),
        Department(name: "社会保险事业局", mainClasses: ["208"]),
    ]

    /// Units a department's second export (multi-department files) may be about.
    static let subordinateSuffixes = ["服务中心", "事务中心", "综合执法大队", "管理所", "信息中心"]
}
