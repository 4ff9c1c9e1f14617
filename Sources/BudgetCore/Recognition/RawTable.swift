/// A table as the recognizer delimits it: its title, its rows exactly as they came (fragments
/// not yet re-joined) and the notes beneath it.
public struct RawTable: Equatable, Sendable {
    public var title: String { didSet { normalizedTitle = TextNormalizer.label(title) } }
    /// `TextNormalizer.label(title)`, what the catalog's title keys are compared with: made
    /// once, where the family detection and the assembler each made it again for every table.
    public private(set) var normalizedTitle: String
    public var titleLine: Int
    public var rows: [SourceRow]
    public var notes: [Paragraph]
    /// A label line printed above the title (`公开01表`, `表一`), if any.
    public var label: Paragraph?
    /// True when the file ended inside the table's rows (no blank line or text after it).
    public var endsAtEndOfFile = false

    public init(title: String, titleLine: Int, rows: [SourceRow] = [], notes: [Paragraph] = []) {
        self.title = title
        normalizedTitle = TextNormalizer.label(title)
        self.titleLine = titleLine
        self.rows = rows
        self.notes = notes
    }
}

/// What a document is made of, in reading order.
public enum DocumentElement: Equatable, Sendable {
    case table(RawTable)
    case paragraph(Paragraph)
}
