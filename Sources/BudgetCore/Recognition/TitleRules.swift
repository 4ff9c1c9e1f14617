/// Small judgements about text lines that the recognizer and the assembler share.
enum TitleRules {
    /// A text line standing between two cell lines is a title only when it reads like one;
    /// otherwise it is a wrapped cell's continuation.
    static func looksLikeTitle(_ text: String) -> Bool {
        if TemplateCatalog.entry(forTitle: text) != nil { return true }
        return text.hasSuffix("表") && !text.containsText("。") && text.count <= 120
    }

    static func isNote(_ text: String) -> Bool {
        text.hasPrefix("注：") || text.hasPrefix("注:") || text.hasPrefix("备注：") || text.hasPrefix("备注:")
    }

    /// The `绩效目标 | text` row at the top of a 绩效目标表.
    static func isTargetTextRow(_ row: SourceRow) -> Bool {
        guard row.count == 2 else { return false }
        let key = TextNormalizer.compact(row.cells[0].text)
        return key.hasSuffix("目标") && key.count <= 8
    }

    /// Cells of a meta row: unit, 预算年度, 单位/截止时间.
    static func isMetaText(_ text: String) -> Bool {
        let t = TextNormalizer.compact(text)
        return t.hasPrefix("预算年度") || t.hasPrefix("单位：") || t.hasPrefix("单位:")
            || t.hasPrefix("金额单位") || t.hasPrefix("截止时间") || t.hasPrefix("截止日期")
            || t.hasPrefix("编制单位") || t.hasPrefix("年度：") || t.hasPrefix("年度:")
    }
}
