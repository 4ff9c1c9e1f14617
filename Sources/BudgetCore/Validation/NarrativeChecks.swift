/// Figures of the 情况说明 text against the tables: the department's whole budget
/// (`部门全年预算数15385.49万元`) against 收支总表 收入总计, and 人员经费 / 公用经费 against the
/// 基本支出表 totals. Disagreements are `.narrative` findings: the text, not the tables, is
/// usually what a clerk forgot to update.
enum NarrativeChecks {
    struct Figure {
        var keyword: String
        var value: Cents
        var paragraph: Paragraph
    }

    /// One kind of figure: the keywords that announce it and the table values it may equal
    /// (the first is reported as expected).
    struct Rule {
        var name: String
        var keywords: [String]
        var accepted: [CellRead]
        var source: String
    }

    /// Longest first, as `figures` tries them.
    static let totalKeywords = ["部门全年预算数", "收支预算总额", "部门预算总额", "预算收入总额", "收入预算总额",
                                "全年预算数", "收支总预算", "预算总额"]

    static func check(_ paragraphs: [Paragraph], budget: SummaryTableView?, basic: CodeTableView?,
                      into recorder: inout CheckRecorder) {
        var rules: [Rule] = []
        if let budget, let side = budget.income {
            let section = budget.section(side)
            let accepted = [section.grandTotal, section.currentTotal].compactMap { $0 }.map { budget.read($0, side.totalColumn) }
            if !accepted.isEmpty {
                rules.append(Rule(name: "全年预算数", keywords: totalKeywords, accepted: accepted, source: "收支总表 收入总计"))
            }
        }
        if let basic {
            for meaning in [ColumnMeaning.personnel, .publicFunds] {
                if let column = basic.column(meaning) {
                    rules.append(Rule(name: meaning.name, keywords: [meaning.name], accepted: [basic.total(column)],
                                      source: "基本支出表 \(meaning.name)"))
                }
            }
        }
        // Most paragraphs name no amount: they are passed over once, not once a rule.
        let naming = paragraphs.filter { UTF8Search.contains($0.text, "万元") }
        for rule in rules {
            let keywords = rule.keywords.sorted { $0.count > $1.count }
            let figures = naming.flatMap { Self.figures(in: $0, keywords: keywords) }
            guard let first = rule.accepted.first?.amount else {
                if !figures.isEmpty, let bad = rule.accepted.first {
                    recorder.skip("情况说明 \(rule.name) = \(rule.source)", table: bad.place.table,
                                  reason: "table value is not an amount (line \(bad.place.line))")
                }
                continue
            }
            let acceptedValues = rule.accepted.compactMap { $0.amount?.value }
            for figure in figures where !acceptedValues.contains(figure.value) {
                let place = CellPlace(table: "情况说明", kind: .unknown, serial: "", code: "",
                                      label: figure.keyword, column: "", line: figure.paragraph.line)
                recorder.record(AmountCell(value: figure.value, place: place), expected: first.value,
                                identity: "情况说明 \(figure.keyword) = \(rule.source)", severity: .narrative,
                                note: "expected value from \(first.place.table), line \(first.place.line)")
            }
        }
        if budget == nil, paragraphs.contains(where: { p in totalKeywords.contains { p.text.contains($0) } }) {
            recorder.skip("情况说明 全年预算数 = 收支总表 收入总计", reason: "收支总表 absent")
        }
        if basic == nil,
           paragraphs.contains(where: { $0.text.containsText(literal: "人员经费") || $0.text.containsText(literal: "公用经费") }) {
            recorder.skip("情况说明 人员经费/公用经费 = 基本支出表", reason: "基本支出表 absent")
        }
    }

    /// `<keyword>[为是共计：:约]{0,3}<amount>万元`, keyword not following 增/减/降/比 (changes).
    /// Keywords are tried in the order given (`check` gives the longest first, so 部门全年预算数
    /// takes its amount before 全年预算数 could).
    static func figures(in paragraph: Paragraph, keywords: [String]) -> [Figure] {
        let text = paragraph.text
        var found: [Figure] = []
        var taken: [String.Index] = []
        for keyword in keywords {
            for range in UTF8Search.ranges(of: keyword, in: text) {
                let before = text[text.startIndex..<range.lowerBound].suffix(4)
                if before.contains(where: { "增减降比".contains($0) }) { continue }
                var index = range.upperBound
                var skipped = 0
                while index < text.endIndex, skipped < 3, "为是共计：:约 ".contains(text[index]) {
                    index = text.index(after: index)
                    skipped += 1
                }
                let start = index
                while index < text.endIndex, text[index].isASCII, text[index].isNumber || text[index] == "." || text[index] == "," {
                    index = text.index(after: index)
                }
                guard start < index, !taken.contains(start) else { continue }
                let rest = text[index...].drop { $0 == " " }
                guard rest.hasPrefix("万元"), let value = Cents(parsing: String(text[start..<index])) else { continue }
                taken.append(start)
                found.append(Figure(keyword: keyword, value: value, paragraph: paragraph))
            }
        }
        return found
    }
}
