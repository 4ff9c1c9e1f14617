/// A document as the structured shapes give it (HTML, Word, PDF): paragraphs and tables in
/// reading order, each table a grid whose merges are explicit, so nothing has to be inferred
/// from flat rows. Every structured reader produces this; one assembler turns it into a
/// BudgetDocument, so all shapes share typed cells, catalog, validation, layout and writing.
public struct StructuredDocument: Equatable, Sendable {
    public enum Block: Equatable, Sendable {
        case paragraph(Paragraph)
        case grid(SpannedGrid)
    }

    public var blocks: [Block]

    public init(blocks: [Block]) { self.blocks = blocks }
}

/// One table with explicit spans. `line` values are positions in the source: the text line for
/// text-based shapes (HTML, the paragraph index for Word), the page number for a PDF.
public struct SpannedGrid: Equatable, Sendable {
    /// Cells in reading order (row, then column), each at its top-left grid position. Grid
    /// positions covered by another cell's span hold no cell of their own.
    public var cells: [SpannedCell]
    public var rowCount: Int
    public var columnCount: Int
    public var line: Int

    public init(cells: [SpannedCell], rowCount: Int, columnCount: Int, line: Int) {
        self.cells = cells
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.line = line
    }
}

public struct SpannedCell: Equatable, Sendable {
    public var text: String
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
    public var line: Int

    public init(_ text: String, row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, line: Int) {
        self.text = text
        self.row = row
        self.column = column
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
        self.line = line
    }
}

extension Paragraph {
    /// What the workbook keeps of this paragraph as separate cells: the items of a meta line
    /// (`部门：…　单位：万元` becomes the meta row's cells), otherwise the paragraph whole.
    public var cellTexts: [String] {
        StructuredTextRules.metaItems(ofParagraph: text.trimmingSpaces()) ?? [text]
    }
}
