/// Judgements about the paragraphs and cells around a structured table: what is a title, a
/// label line (公开01表, 表一), a meta line (单位：万元, 部门：…) or a figure.
enum StructuredTextRules {
    /// `公开01表`, `表一`, `附表3`, `表 1`: the number of a table, printed above its title.
    static func isLabelLine(_ text: String) -> Bool {
        let t = TextNormalizer.compact(text)
        guard t.count <= 8, !t.isEmpty else { return false }
        let numerals = Set("0123456789０１２３４５６７８９一二三四五六七八九十-－")
        var rest = Substring(t)
        var marked = false
        if rest.hasPrefix("公开") { rest = rest.dropFirst(2) }
        if rest.hasPrefix("附表") {
            rest = rest.dropFirst(2)
            marked = true
        } else if rest.hasPrefix("表") {
            rest = rest.dropFirst()
            marked = true
        }
        if rest.hasSuffix("表") {
            rest = rest.dropLast()
            marked = true
        }
        return marked && !rest.isEmpty && rest.allSatisfy { numerals.contains($0) }
    }

    /// `…预算表（功能科目）`: a table name with a qualifier in brackets after 表.
    static func endsLikeTableName(_ text: String) -> Bool {
        guard text.count <= 120, !text.containsText(literal: "。"), let last = text.last, last == "）" || last == ")" else { return false }
        let opening = text.lastIndex { $0 == "（" || $0 == "(" }
        guard let opening, opening > text.startIndex else { return false }
        return text[text.index(before: opening)] == "表"
    }

    /// Short, one line, no sentence and no lead-in: may name the table below it.
    static func couldBeTitle(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 60, !text.containsText(literal: "。"), !text.containsText(literal: "\n") else { return false }
        guard let last = text.last else { return false }
        return !"：:，,；;".contains(last) && !TitleRules.isNote(text)
    }

    /// One item of a meta line: unit, year, department, compiling unit.
    static func isMetaItem(_ text: String) -> Bool {
        if TitleRules.isMetaText(text) { return true }
        let t = TextNormalizer.compact(text)
        // A label with its colon: `单位名称` alone is a column header (机构设置情况).
        return ["部门", "编制部门", "单位名称", "预算单位", "编制单位", "部门名称"].contains { key in
            t.hasPrefix(key + "：") || t.hasPrefix(key + ":")
        }
    }

    /// A paragraph holding meta items (`单位：万元`, `部门：…　单位：万元`), split into its items.
    static func metaItems(ofParagraph text: String) -> [String]? {
        guard text.count <= 160, !text.containsText(literal: "。") else { return nil }
        let items = splitItems(text)
        guard items.contains(where: isMetaItem) else { return nil }
        return items
    }

    /// Items of a line separated as pages space them: a tab, an ideographic space, a no-break
    /// space or two spaces and more.
    static func splitItems(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var spaces = 0
        func flush() {
            let trimmed = current.trimmingSpaces()
            if !trimmed.isEmpty { items.append(trimmed) }
            current = ""
        }
        for character in text {
            switch character {
            case "\t", "\u{3000}", "\u{00A0}":
                flush()
                spaces = 0
            case " ":
                spaces += 1
                if spaces == 2 { flush() } else if spaces < 2 { current.append(character) }
            default:
                spaces = 0
                current.append(character)
            }
        }
        flush()
        return items
    }

    /// An amount, a count or a code: digits with optional sign, separators and decimals.
    static func isFigure(_ text: String) -> Bool {
        let t = TextNormalizer.compact(text)
        guard !t.isEmpty else { return false }
        var digits = 0
        for (index, scalar) in t.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9": digits += 1
            case ",", ".": continue
            case "-" where index == 0: continue
            default: return false
            }
        }
        return digits > 0
    }
}

extension String {
    /// Without leading and trailing whitespace of any kind.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !TextNormalizer.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !TextNormalizer.isWhitespace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
