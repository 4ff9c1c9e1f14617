/// StructuredDocument → BudgetDocument: the one way every structured shape (HTML, Word, PDF)
/// becomes tables and narrative. Around each grid, in reading order:
/// - before it, the paragraphs that give its title, label line and meta (a disclosure page),
///   unless the grid carries them in its own top rows (Excel's "Save as Web Page");
/// - after it, the notes (注：…) directly beneath it;
/// - every other paragraph is narrative (情况说明), in order.
public enum StructuredAssembler {
    /// How many paragraphs may stand between a title and its grid (`…情况如下：`).
    static let maximumIntroParagraphs = 2

    /// - Parameter catalog: the families to tell the document's from (`--template`,
    ///   `--templates`), as the text shapes do.
    public static func assemble(_ document: StructuredDocument, encoding: SourceEncoding = .utf8,
                                catalog: FamilyCatalog = .builtin) -> BudgetDocument {
        var tables: [BudgetTable] = []
        var narrative: [Paragraph] = []
        var pending: [Paragraph] = []
        var lastLine = 0
        var warnings: [ConversionWarning] = []
        var index = 0
        let blocks = document.blocks
        while index < blocks.count {
            switch blocks[index] {
            case .paragraph(let paragraph):
                lastLine = max(lastLine, paragraph.line)
                pending.append(paragraph)
                index += 1
            case .grid(let grid):
                lastLine = max(lastLine, grid.line, grid.cells.last?.line ?? 0)
                guard GridOccupancy.fits(grid) else {
                    warnings.append(ConversionWarning(line: grid.line,
                        "a table of \(grid.rowCount) × \(grid.columnCount) positions is over the limit of \(GridOccupancy.maximumPositions); not read"))
                    index += 1
                    continue
                }
                var surroundings = GridTableAssembler.Surroundings()
                // The grid's own top row names it (Excel's web page) unless that row only
                // spans the width without reading like a title and a paragraph above does.
                let own = GridTableAssembler.ownTitle(of: grid)
                let ownReadsAsTitle = own.map { cell in
                    let text = cell.text.trimmingSpaces()
                    return TitleRules.looksLikeTitle(text) || StructuredTextRules.endsLikeTableName(text)
                } ?? false
                if !ownReadsAsTitle {
                    var remaining = pending
                    let context = takeContext(from: &remaining)
                    if own == nil || context.title != nil {
                        pending = remaining
                        surroundings.title = context.title
                        surroundings.label = context.label
                        surroundings.meta = context.meta
                    }
                }
                narrative += pending
                pending = []
                index += 1
                // Notes directly beneath the grid.
                while index < blocks.count, case .paragraph(let paragraph) = blocks[index],
                      TitleRules.isNote(paragraph.text.trimmingSpaces()) {
                    surroundings.notes.append(paragraph)
                    lastLine = max(lastLine, paragraph.line)
                    index += 1
                }
                let result = GridTableAssembler.assemble(grid, around: surroundings)
                narrative += result.narrative
                tables.append(result.table)
            }
        }
        narrative += pending
        let family = catalog.detect(tables.map(rawTable))
        if let family { tables = tables.map { apply(family, to: $0) } }
        var result = BudgetDocument(tables: tables, narrative: narrative, encoding: encoding, warnings: warnings, lineCount: lastLine)
        result.family = family?.name
        return result
    }

    /// What the family detection reads of a table: title, label line and rows.
    static func rawTable(_ table: BudgetTable) -> RawTable {
        var raw = RawTable(title: table.title, titleLine: table.titleLine, rows: table.allRows, notes: table.notes)
        raw.label = table.label
        return raw
    }

    /// The document's family settles each table's entry (sheet name, column meanings,
    /// identities) and how amounts are shown, as for the text shapes; the grid's own spans
    /// stay the header.
    static func apply(_ family: TemplateFamily, to table: BudgetTable) -> BudgetTable {
        var table = table
        if let entry = family.entry(forTitle: table.title) {
            table.template = entry
            table.kind = entry.kind
            table.columnMeanings = entry.columns.flatMap { $0.count == table.width ? $0 : nil }
        }
        table.amountFormat = family.amountFormat
        return table
    }

    struct Context {
        var title: Paragraph?
        var label: Paragraph?
        var meta: [SourceCell] = []
    }

    /// Takes the title and meta paragraphs that end `pending`, walking back from the grid:
    /// meta lines, then the title, allowing a short introduction between title and grid.
    /// A label line (公开01表) right above the title, or between title and grid, is the table's
    /// label, kept on its sheet as the text shape keeps it.
    static func takeContext(from pending: inout [Paragraph]) -> Context {
        var context = Context()
        var metaParagraphs: [(index: Int, items: [String], line: Int)] = []
        var intro = 0
        var nearest: Int?
        var titleIndex: Int?
        var labelIndex: Int?
        var position = pending.count - 1
        while position >= 0 {
            let paragraph = pending[position]
            let text = paragraph.text.trimmingSpaces()
            if let items = StructuredTextRules.metaItems(ofParagraph: text), intro == 0 {
                metaParagraphs.insert((position, items, paragraph.line), at: 0)
            } else if StructuredTextRules.isLabelLine(text) {
                // A label between title and grid: keep looking for the title.
                if labelIndex == nil { labelIndex = position }
            } else if TitleRules.looksLikeTitle(text) || StructuredTextRules.endsLikeTableName(text) {
                titleIndex = position
                break
            } else if intro < maximumIntroParagraphs, text.count <= 200 {
                if intro == 0 { nearest = position }
                intro += 1
            } else {
                break
            }
            position -= 1
        }
        // No paragraph reads like a title: the one right above the grid is its title when it
        // is short and no sentence (`财政拨款支出预算表（功能科目）`), as in the text shape.
        if titleIndex == nil, let nearest, StructuredTextRules.couldBeTitle(pending[nearest].text.trimmingSpaces()) {
            titleIndex = nearest
        }
        var taken = Set(metaParagraphs.map(\.index))
        if let titleIndex {
            context.title = Paragraph(pending[titleIndex].text.trimmingSpaces(), line: pending[titleIndex].line)
            taken.insert(titleIndex)
            if labelIndex == nil, titleIndex > 0, StructuredTextRules.isLabelLine(pending[titleIndex - 1].text.trimmingSpaces()) {
                labelIndex = titleIndex - 1
            }
        }
        if let labelIndex, titleIndex != nil {
            context.label = Paragraph(pending[labelIndex].text.trimmingSpaces(), line: pending[labelIndex].line)
            taken.insert(labelIndex)
        }
        context.meta = metaParagraphs.flatMap { entry in entry.items.map { SourceCell($0, line: entry.line) } }
        pending = pending.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
        return context
    }
}
