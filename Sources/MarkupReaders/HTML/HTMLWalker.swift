import BudgetCore
import CLibXML2

typealias XMLNodePointer = UnsafeMutablePointer<xmlNode>

/// Walks an HTML tree in document order: each data `<table>` becomes a SpannedGrid, the text
/// around tables becomes paragraphs (one per block or `<br>`-separated line). Scripts, styles
/// and hidden elements are skipped. A table holding tables is layout: its cells are walked as
/// ordinary content, so the innermost tables are the data tables. A table with fewer than two
/// rows or two columns holding text (navigation, a footer) gives paragraphs, not a grid.
/// Recursion is bounded: the caller has checked the nesting depth.
struct HTMLWalker {
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "title", "iframe", "object",
                                       "embed", "svg", "math", "select", "option", "textarea", "input", "button", "canvas"]
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                                      "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
                                      "pre", "center", "form", "address", "figure", "figcaption", "hr", "tr", "td", "th",
                                      "caption", "body", "html", "fieldset", "legend", "details", "summary"]

    private let fileName: String
    private let limits: MarkupLimits
    private var output: [StructuredDocument.Block] = []
    private var paragraph = TextCollector()
    private var paragraphLine = 0
    private var cellCount = 0

    init(fileName: String, limits: MarkupLimits) {
        self.fileName = fileName
        self.limits = limits
    }

    mutating func finish() -> [StructuredDocument.Block] {
        flushParagraph()
        return output
    }

    static func isHidden(_ node: XMLNodePointer) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        guard let style = node.attribute("style") else { return false }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden") || compact.contains("mso-hide:all")
    }

    mutating func walk(_ node: XMLNodePointer) throws(MarkupReadError) {
        if node.isText {
            if paragraph.isEmpty { paragraphLine = node.line }
            paragraph.append(node.textContent)
            return
        }
        guard node.isElement else { return }
        let name = node.localName
        if Self.skipped.contains(name) || Self.isHidden(node) { return }
        switch name {
        case "br":
            flushParagraph()
        case "table":
            flushParagraph()
            try table(node)
        default:
            let isBlock = Self.blocks.contains(name)
            if isBlock { flushParagraph() }
            for child in node.children { try walk(child) }
            if isBlock { flushParagraph() }
        }
    }

    private mutating func flushParagraph() {
        for line in paragraph.takeLines() {
            output.append(.paragraph(Paragraph(line, line: paragraphLine)))
        }
    }

    /// The rows of a table: its own `<tr>`, directly or inside thead/tbody/tfoot, not hidden.
    static func rows(of table: XMLNodePointer) -> [XMLNodePointer] {
        var rows: [XMLNodePointer] = []
        for child in table.elementChildren where !isHidden(child) {
            switch child.localName {
            case "tr": rows.append(child)
            case "thead", "tbody", "tfoot":
                rows += child.elementChildren.filter { $0.localName == "tr" && !isHidden($0) }
            default: continue
            }
        }
        return rows
    }

    static func cells(of row: XMLNodePointer) -> [XMLNodePointer] {
        row.elementChildren.filter { ($0.localName == "td" || $0.localName == "th") && !isHidden($0) }
    }

    static func containsTable(_ node: XMLNodePointer) -> Bool {
        for child in node.elementChildren {
            if child.localName == "table" || containsTable(child) { return true }
        }
        return false
    }

    private mutating func table(_ node: XMLNodePointer) throws(MarkupReadError) {
        let rows = Self.rows(of: node)
        let cellNodes = rows.map(Self.cells)
        if cellNodes.joined().contains(where: Self.containsTable) {
            // Layout: the cells are content; the tables inside them are the data.
            for child in node.children where child.localName == "caption" { try walk(child) }
            for row in cellNodes {
                for cell in row {
                    for child in cell.children { try walk(child) }
                    flushParagraph()
                }
            }
            return
        }
        var builder = GridBuilder(limits: limits, fileName: fileName)
        var texts: [(text: String, line: Int)] = []
        for cells in cellNodes {
            builder.startRow()
            for cell in cells {
                let text = Self.cellText(cell)
                texts.append((text, cell.line))
                try builder.add(text, rowSpan: Self.span(cell.attribute("rowspan")),
                                columnSpan: Self.span(cell.attribute("colspan")),
                                line: cell.line, cellCount: &cellCount)
            }
        }
        let grid = try builder.finish(line: node.line)
        let caption = node.elementChildren.first { $0.localName == "caption" }
        if let caption { try walk(caption) }
        flushParagraph()
        if Self.isDataTable(grid) {
            output.append(.grid(grid))
        } else {
            for (text, line) in texts where !text.isEmpty {
                for part in text.split(separator: "\n") {
                    output.append(.paragraph(Paragraph(String(part), line: line)))
                }
            }
        }
    }

    /// Words that mark a table of figures in a budget disclosure.
    static let budgetWords = ["预算", "经费", "支出", "收入", "金额", "合计", "科目", "指标", "资金", "拨款", "项目", "万元", "元）", "(元)"]

    /// A data table: two rows and two columns holding text at least (one row or one column
    /// is layout: a menu, a title bar), and a figure or a budget word somewhere (a footer of
    /// addresses and telephone numbers is layout too).
    static func isDataTable(_ grid: SpannedGrid) -> Bool {
        let filled = grid.cells.filter { !$0.text.isEmpty }
        guard Set(filled.map(\.row)).count >= 2, Set(filled.map(\.column)).count >= 2 else { return false }
        return filled.contains { cell in
            isFigure(cell.text) || budgetWords.contains { cell.text.contains($0) }
        }
    }

    /// `1,234.50`, `-3`, `0`: digits with separators, nothing else.
    static func isFigure(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.filter { $0 != " " }
        return scalars.contains { ("0"..."9").contains($0) }
            && scalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," || $0 == "." || $0 == "-" || $0 == "%" }
    }

    /// A span attribute as browsers read it: leading digits, at least 1; absent or 0 is 1.
    static func span(_ value: String?) -> Int {
        guard let value else { return 1 }
        let digits = value.trimmingCharacters(in: " \t\n\r").prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return 1 }
        // Up to 18 digits fit an Int exactly, so an error can quote the span as written.
        guard digits.count <= 18, let number = Int(digits) else { return 999_999_999_999_999_999 }
        return max(number, 1)
    }

    static func isSpaceRun(_ node: XMLNodePointer) -> Bool {
        node.attribute("style").map { $0.lowercased().filter { !$0.isWhitespace }.contains("mso-spacerun:yes") } ?? false
    }

    /// A cell's text: `<br>` and block boundaries are line breaks, hidden parts left out.
    static func cellText(_ cell: XMLNodePointer) -> String {
        var collector = TextCollector()
        collectText(cell, into: &collector)
        return TextCollector.unpaddedFigure(collector.takeLines().joined(separator: "\n"))
    }

    private static func collectText(_ node: XMLNodePointer, into collector: inout TextCollector) {
        for child in node.children {
            if child.isText {
                collector.append(child.textContent)
                continue
            }
            guard child.isElement else { continue }
            let name = child.localName
            if skipped.contains(name) || isHidden(child) { continue }
            if name == "br" {
                collector.breakLine(explicit: true)
                continue
            }
            if name == "span", isSpaceRun(child) {
                // Excel writes the cell's own runs of spaces so (`mso-spacerun:yes`): kept.
                collector.appendVerbatim(child.children.filter(\.isText).map(\.textContent).joined())
                continue
            }
            let isBlock = blocks.contains(name)
            if isBlock { collector.breakLine() }
            collectText(child, into: &collector)
            if isBlock { collector.breakLine() }
        }
    }
}

