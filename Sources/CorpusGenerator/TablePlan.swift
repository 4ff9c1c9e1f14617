import BudgetCore

/// One table as the generator lays it out, before line-level quirks. Cell texts may hold
/// `\n`: the renderer writes the rest of such a cell as text lines right after its cell line,
/// which the reader joins back with `\n`.
struct TablePlan {
    var title: String
    var kind: TableKind
    var meta: [String]?
    /// Key–value rows above the grid (`绩效目标 | text`).
    var preamble: [[String]] = []
    /// Further paragraphs of the 绩效目标 text, written after blank lines below the preamble.
    var laterParagraphs: [String] = []
    var headerRows: [[String]]
    var indexRow: [String]?
    var dataRows: [[String]]
    var notes: [String] = []

    /// What `DocumentReader` must give back for this table.
    var expected: ExpectedTable {
        var preambleRows = preamble
        if !laterParagraphs.isEmpty, let last = preambleRows.indices.last, preambleRows[last].count == 2 {
            preambleRows[last][1] += "\n" + laterParagraphs.joined(separator: "\n")
        }
        let rows = (meta.map { [$0] } ?? []) + preambleRows + headerRows + (indexRow.map { [$0] } ?? []) + dataRows
        return ExpectedTable(title: title, kind: kind, rows: rows, notes: notes)
    }
}

/// A table as the reader must recognise it: title, kind, every row's cell texts in reading
/// order (meta, preamble, headers, 栏次, data) and the notes beneath.
public struct ExpectedTable: Sendable, Equatable {
    public var title: String
    public var kind: TableKind
    public var rows: [[String]]
    public var notes: [String]

    public init(title: String, kind: TableKind, rows: [[String]], notes: [String]) {
        self.title = title
        self.kind = kind
        self.rows = rows
        self.notes = notes
    }

    /// What a reader found, in the same form, for comparison.
    public init(_ table: BudgetTable) {
        self.init(title: table.title, kind: table.kind, rows: table.allRows.map(\.texts), notes: table.notes.map(\.text))
    }
}

/// The parts of an export in reading order.
enum Block {
    case table(TablePlan)
    case paragraph(String)
}
