/// Blocks → the lines of an export (without line ends), with the layout quirks of docs/format.md
/// that leave the content unchanged for a correct reader: trailing blanks, space-only blank
/// lines, stray spaces before titles, rows broken by a blank line, extra blank lines between
/// rows. Cell texts holding `\n` come out as continuation text lines.
struct LineRenderer {
    struct Style {
        var trailingBlanks = false
        var spaceOnlyBlankLines = false
        var leadingSpaces = false
        var brokenRows = false
        var extraBlankLines = false
    }

    /// Where an unbroken data row's cells landed, so a file can be cut inside it.
    struct RowPlace {
        var table: String
        /// Index in `lines` of each cell line.
        var cellLines: [Int]
    }

    private(set) var lines: [String] = []
    private(set) var rowPlaces: [RowPlace] = []
    private(set) var paragraphs: [String] = []
    /// Quirks that actually happened (a style may find nothing to apply to).
    private(set) var applied: Set<CorpusQuirk> = []
    let style: Style

    init(style: Style) { self.style = style }

    mutating func render(_ blocks: [Block], random: inout SeededRandom) {
        for block in blocks {
            switch block {
            case .paragraph(let text):
                paragraphs.append(text)
                textLine(text, leading: style.leadingSpaces && random.chance(0.03), random: &random)
            case .table(let table):
                render(table, random: &random)
            }
        }
    }

    private mutating func render(_ table: TablePlan, random: inout SeededRandom) {
        textLine(table.title, leading: style.leadingSpaces && random.chance(0.2), random: &random)
        var first = true
        if let meta = table.meta {
            separate(&first, random: &random)
            row(meta, random: &random)
        }
        for (index, preamble) in table.preamble.enumerated() {
            separate(&first, random: &random)
            row(preamble, random: &random)
            if index == table.preamble.count - 1 {
                for paragraph in table.laterParagraphs {
                    // Further 绩效目标 paragraphs: after blank lines, and a blank line before
                    // the grid (a text line right above a cell line would read as a title).
                    blank(random.int(1...6), random: &random)
                    textLine(paragraph, leading: false, random: &random)
                    applied.insert(.continuationLines)
                }
            }
        }
        for header in table.headerRows + (table.indexRow.map { [$0] } ?? []) {
            separate(&first, random: &random)
            row(header, random: &random)
        }
        for data in table.dataRows {
            separate(&first, random: &random)
            if style.brokenRows, data.count >= 2, random.chance(0.06) {
                brokenRow(data, random: &random)
            } else {
                let start = lines.count
                row(data, random: &random)
                let cellLines = lines.indices[start...].filter { lines[$0].first == "\t" }
                if cellLines.count == data.count { rowPlaces.append(RowPlace(table: table.title, cellLines: cellLines)) }
            }
        }
        if table.notes.isEmpty || random.chance(0.7) {
            blank(random.int(1...2), random: &random)
        }
        for note in table.notes { textLine(note, leading: false, random: &random) }
    }

    /// The blank line between two rows; now and then many (17 in a row in the sample).
    private mutating func separate(_ first: inout Bool, random: inout SeededRandom) {
        defer { first = false }
        guard !first else { return }
        if style.extraBlankLines, random.chance(0.05) {
            blank(random.int(2...17), random: &random)
            applied.insert(.extraBlankLines)
        } else {
            blank(1, random: &random)
        }
    }

    /// A row whose cells carry a trailing line break: a blank line splits it (4 + 2, 3 + 1 + 2).
    private mutating func brokenRow(_ cells: [String], random: inout SeededRandom) {
        var cuts = [random.int(1...(cells.count - 1))]
        if cells.count >= 4, random.chance(0.3) { cuts.append(random.int(1...(cells.count - 1))) }
        for (index, cell) in cells.enumerated() {
            if index > 0, cuts.contains(index) {
                blank(1, random: &random)
                applied.insert(.brokenRows)
            }
            self.cell(cell, random: &random)
        }
    }

    private mutating func row(_ cells: [String], random: inout SeededRandom) {
        for cell in cells { self.cell(cell, random: &random) }
    }

    private mutating func cell(_ text: String, random: inout SeededRandom) {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.append("\t" + String(parts.first ?? "") + trailing(&random))
        for part in parts.dropFirst() {
            lines.append(String(part) + trailing(&random))
            applied.insert(.continuationLines)
        }
    }

    private mutating func textLine(_ text: String, leading: Bool, random: inout SeededRandom) {
        if leading { applied.insert(.leadingSpaces) }
        lines.append((leading ? String(repeating: " ", count: random.int(1...3)) : "") + text + trailing(&random))
    }

    private mutating func blank(_ count: Int, random: inout SeededRandom) {
        for _ in 0..<count {
            if style.spaceOnlyBlankLines, random.chance(0.3) {
                lines.append(String(repeating: " ", count: random.int(1...4)))
                applied.insert(.spaceOnlyBlankLines)
            } else {
                lines.append("")
            }
        }
    }

    private mutating func trailing(_ random: inout SeededRandom) -> String {
        guard style.trailingBlanks, random.chance(0.15) else { return "" }
        applied.insert(.trailingBlanks)
        return ["  ", " ", " \t", "\t"][random.int(0...3)]
    }

    /// Lines up to and including `index` (a file that ends there).
    mutating func cut(after index: Int) {
        if index + 1 < lines.count { lines.removeSubrange((index + 1)...) }
    }
}
