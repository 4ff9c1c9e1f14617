/// Small judgements about text lines that the recognizer and the assembler share.
enum TitleRules {
    /// A text line standing between two cell lines is a title only when it reads like one;
    /// otherwise it is a wrapped cell's continuation.
    static func looksLikeTitle(_ text: String) -> Bool {
        if FamilyCatalog.builtin.anyEntry(forTitle: text) != nil { return true }
        return text.endsWithText("表") && !text.containsText(literal: "。") && text.characterCount <= 120
    }

    static func isNote(_ text: String) -> Bool {
        text.startsWithText("注：") || text.startsWithText("注:") || text.startsWithText("备注：") || text.startsWithText("备注:")
    }

    /// The `绩效目标 | text` row at the top of a 绩效目标表.
    static func isTargetTextRow(_ row: SourceRow) -> Bool {
        guard row.count == 2 else { return false }
        let key = TextNormalizer.compact(row.cells[0].text)
        return key.endsWithText("目标") && key.characterCount <= 8
    }

    /// What cells of a meta row start with: unit, 预算年度, 单位/截止时间.
    static let metaPrefixes = ["预算年度", "单位：", "单位:", "金额单位", "截止时间", "截止日期", "编制单位", "年度：", "年度:",
                               "编制部门", "部门：", "部门:", "单位名称：", "单位名称:", "部门名称：", "部门名称:"]
    /// The first scalar of each prefix, once each.
    private static let metaFirstScalars: [Unicode.Scalar] = metaPrefixes.reduce(into: []) { firsts, prefix in
        if let first = prefix.unicodeScalars.first, !firsts.contains(first) { firsts.append(first) }
    }

    /// Cells of a meta row: unit, 预算年度, 单位/截止时间.
    static func isMetaText(_ text: String) -> Bool {
        let t = TextNormalizer.compact(text)
        // A text whose first character is single-scalar and starts no prefix starts none of
        // them (only a compatibility ideograph, not single-scalar, could be canonically
        // equivalent to a prefix's first character): most texts stop at this one look.
        if let first = t.unicodeScalars.first, SingleScalarText.isSingleScalar(first.value),
           !metaFirstScalars.contains(first) {
            return false
        }
        return metaPrefixes.contains { t.startsWithText($0) }
    }

    /// A label line printed above a title: `公开01表`, `表一`, `表1`, `附表3`, `表 十二`.
    static func isLabelLine(_ text: String) -> Bool {
        // 表 first, on the text as it is (whitespace never splits it): most lines asked are
        // paragraphs without it, and compacting them cost more than the rest of the test.
        guard text.containsText(literal: "表") else { return false }
        let t = TextNormalizer.compact(text)
        guard t.characterCount <= 8 else { return false }
        var rest = Substring(t)
        for prefix in ["部门公开", "公开", "附"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        if rest.hasPrefix("表") { rest = rest.dropFirst() } else if rest.hasSuffix("表") { rest = rest.dropLast() } else { return false }
        if rest.hasSuffix("表") { rest = rest.dropLast() }
        let numerals = "0123456789０１２３４５６７８９一二三四五六七八九十-－"
        return !rest.isEmpty && rest.allSatisfy { numerals.contains($0) }
    }

    /// The unit's name without a printed prefix (`部门：`, `编制部门：`, `编制单位：`, `单位名称：`).
    static func unitName(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " || $0 == "\u{3000}" }
        for prefix in ["编制部门", "编制单位", "单位名称", "部门名称", "预算单位", "部门", "单位"] where trimmed.hasPrefix(prefix) {
            let rest = trimmed.dropFirst(prefix.count).drop { $0 == " " || $0 == "\u{3000}" }
            if let first = rest.first, first == "：" || first == ":" {
                return String(rest.dropFirst().drop { $0 == " " || $0 == "\u{3000}" })
            }
        }
        return String(trimmed)
    }
}
