/// The built-in catalog of official 部门预算 layouts (template.md), keyed by title and
/// tolerant of small title variants: 表N / N、 prefixes, spacing, quotes, 政府基金/政府性基金.
public enum TemplateCatalog {
    public static let entries: [TemplateEntry] = [
        TemplateEntry(kind: .budgetSummary, titleKeys: ["收支总表", "收支预算总表"],
                      sheetName: "收支总表", topSpans: [1, 2, 2]),
        TemplateEntry(kind: .incomeSummary, titleKeys: ["收入总表", "收入预算总表"],
                      sheetName: "收入总表", topSpans: [1, 2, 1, 8, 1]),
        TemplateEntry(kind: .expenditureSummary, titleKeys: ["支出总表", "支出预算总表"],
                      sheetName: "支出总表", topSpans: [1, 2, 1, 1, 1, 1, 1, 1]),
        TemplateEntry(kind: .fiscalGrantSummary, titleKeys: ["财政拨款收支总表", "财政拨款收支预算总表"],
                      sheetName: "财政拨款收支总表", topSpans: [1, 2, 5]),
        TemplateEntry(kind: .generalBudgetExpenditure,
                      titleKeys: ["一般公共预算财政拨款支出表", "一般公共预算支出表", "一般公共预算财政拨款支出预算表"],
                      sheetName: "一般公共预算支出表", topSpans: [1, 2, 1, 1, 1]),
        TemplateEntry(kind: .basicExpenditure,
                      titleKeys: ["一般公共预算财政拨款基本支出表", "一般公共预算基本支出表", "基本支出表",
                                  "一般公共预算财政拨款基本支出预算表"],
                      sheetName: "基本支出表", topSpans: [1, 2, 3]),
        TemplateEntry(kind: .governmentFundExpenditure,
                      titleKeys: ["政府性基金预算财政拨款支出表", "政府性基金预算支出表", "政府性基金预算财政拨款支出预算表"],
                      sheetName: "政府性基金支出表", topSpans: [1, 2, 1, 1, 1]),
        TemplateEntry(kind: .stateCapitalExpenditure,
                      titleKeys: ["国有资本经营预算财政拨款支出表", "国有资本经营预算支出表", "国有资本经营预算财政拨款支出预算表"],
                      sheetName: "国有资本经营支出表", topSpans: [1, 2, 1, 1, 1]),
        TemplateEntry(kind: .threePublicExpenditure,
                      titleKeys: ["三公经费支出表", "三公经费预算表", "三公经费支出预算表"],
                      sheetName: "三公经费支出表", topSpans: [1, 1, 4]),
        TemplateEntry(kind: .organization, titleKeys: ["机构设置情况", "机构设置情况表"],
                      sheetName: "机构设置情况"),
        TemplateEntry(kind: .performanceTarget, titleKeys: ["绩效目标表"],
                      sheetName: "绩效目标表", mergeDownColumns: [0]),
        TemplateEntry(kind: .procurement, titleKeys: ["政府采购预算", "政府采购预算表", "政府采购预算明细表"],
                      sheetName: "政府采购预算", topSpans: [2, 1, 1, 1, 1, 1, 8, 1]),
        TemplateEntry(kind: .fixedAssets, titleKeys: ["固定资产占用情况表", "固定资产占用情况"],
                      sheetName: "固定资产占用情况"),
    ]

    /// The entry whose longest title key ends the normalized title, if any.
    public static func entry(forTitle title: String) -> TemplateEntry? {
        let normalized = TextNormalizer.label(title)
        guard !normalized.isEmpty else { return nil }
        var best: (entry: TemplateEntry, length: Int)?
        for entry in entries {
            for key in entry.titleKeys where normalized.hasSuffix(key) {
                if key.count > (best?.length ?? 0) { best = (entry, key.count) }
            }
        }
        return best?.entry
    }

    public static func entry(for kind: TableKind) -> TemplateEntry? {
        entries.first { $0.kind == kind }
    }
}
