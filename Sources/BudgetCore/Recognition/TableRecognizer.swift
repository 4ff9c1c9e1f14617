/// Tokens → tables and narrative paragraphs, in reading order (docs/format.md "Tables", "Rows
/// broken by wrapped cells"). Streaming: it holds one pending text line of look-ahead and the
/// table being assembled, and hands each finished element to `emit`.
public struct TableRecognizer {
    private enum Context { case afterCell, afterOther }
    private struct PendingText { var text: String; var line: Int; var context: Context }

    private var table: RawTable?
    private var openRow: [SourceCell] = []
    private var pending: PendingText?
    /// A label line (`公开01表`) waiting for the title it stands above.
    private var heldLabel: Paragraph?
    private var lastWasCell = false
    /// The longest row of the current table so far: a row still shorter than that is open.
    private var widestRow = 0

    public init() {}

    /// Recognizes a whole text at once (convenience over `feed`/`finish`).
    public static func elements(of text: String) -> [DocumentElement] {
        var recognizer = TableRecognizer()
        var elements: [DocumentElement] = []
        for token in Tokenizer(text: text) { recognizer.feed(token) { elements.append($0) } }
        recognizer.finish { elements.append($0) }
        return elements
    }

    /// Takes the token (`consuming`): a cell's text moves into its row, where borrowing the
    /// token retained the text for the row and released it with the token, for every cell.
    public mutating func feed(_ token: consuming Token, emit: (DocumentElement) -> Void) {
        if let text = pending {
            pending = nil
            resolve(text, nextIsCell: { if case .cell = token { return true } else { return false } }(), emit: emit)
        }
        switch consume token {
        case .cell(let text, let line):
            // Read in place: binding the table (`if let`) copied it, for every cell.
            if openRow.isEmpty, table?.notes.isEmpty == false {
                // Rows after the notes belong to a table of their own (notes close a table).
                closeTable(emit: emit)
            }
            if case .none = table { table = Self.emptyTable(title: "", titleLine: line) }
            // A row as wide as the widest so far, made once rather than grown cell by cell.
            if openRow.isEmpty { openRow.reserveCapacity(max(widestRow, 8)) }
            openRow.append(SourceCell(text, line: line))
            lastWasCell = true
        case .blank:
            closeRow()
            lastWasCell = false
        case .text(let text, let line):
            pending = PendingText(text: text, line: line, context: lastWasCell ? .afterCell : .afterOther)
        }
    }

    public mutating func finish(emit: (DocumentElement) -> Void) {
        if let text = pending {
            pending = nil
            resolve(text, nextIsCell: false, emit: emit)
        }
        if !openRow.isEmpty { table?.endsAtEndOfFile = true }
        closeRow()
        closeTable(emit: emit)
        releaseLabel(emit: emit)
    }

    /// A label line not followed by a title is an ordinary paragraph.
    private mutating func releaseLabel(emit: (DocumentElement) -> Void) {
        if let label = heldLabel { emit(.paragraph(label)) }
        heldLabel = nil
    }

    private mutating func resolve(_ text: PendingText, nextIsCell: Bool, emit: (DocumentElement) -> Void) {
        if text.context == .afterCell {
            // Inside a row that is still short, only a title the catalog knows starts a table
            // (a wrapped cell may well end in 表).
            let rowIsShort = openRow.count < widestRow
            let isTitle = rowIsShort ? FamilyCatalog.builtin.anyEntry(forTitle: text.text) != nil : TitleRules.looksLikeTitle(text.text)
            if !nextIsCell && TitleRules.isLabelLine(text.text) {
                closeRow()
                closeTable(emit: emit)
                releaseLabel(emit: emit)
                heldLabel = Paragraph(text.text, line: text.line)
                return
            }
            if nextIsCell && isTitle {
                startTable(text, emit: emit)
            } else if !nextIsCell && TitleRules.isNote(text.text) {
                closeRow()
                table?.notes.append(Paragraph(text.text, line: text.line))
                lastWasCell = false
            } else if let last = openRow.indices.last {
                // A line break inside the cell: the text continues the cell above.
                openRow[last].text += openRow[last].text.isEmpty ? text.text : "\n" + text.text
                lastWasCell = true
            }
            return
        }
        if nextIsCell {
            startTable(text, emit: emit)
            return
        }
        if TitleRules.isLabelLine(text.text) {
            closeTable(emit: emit)
            releaseLabel(emit: emit)
            heldLabel = Paragraph(text.text, line: text.line)
            return
        }
        releaseLabel(emit: emit)
        if var current = table {
            if TitleRules.isNote(text.text) && !current.rows.isEmpty {
                current.notes.append(Paragraph(text.text, line: text.line))
                table = current
                return
            }
            if current.notes.isEmpty, openRow.isEmpty, let lastRow = current.rows.indices.last,
               TitleRules.isTargetTextRow(current.rows[lastRow]) {
                // Further paragraphs of the 绩效目标 text, after blank lines, before the grid.
                current.rows[lastRow].cells[1].text += "\n" + text.text
                table = current
                return
            }
            closeTable(emit: emit)
        }
        emit(.paragraph(Paragraph(text.text, line: text.line)))
    }

    private mutating func startTable(_ title: PendingText, emit: (DocumentElement) -> Void) {
        closeRow()
        closeTable(emit: emit)
        table = Self.emptyTable(title: title.text, titleLine: title.line)
        table?.label = heldLabel
        heldLabel = nil
        lastWasCell = false
        widestRow = 0
    }

    /// A table with room for the rows most tables have (grown row by row, its rows were
    /// copied to a new buffer five or six times a table).
    private static func emptyTable(title: String, titleLine: Int) -> RawTable {
        var table = RawTable(title: title, titleLine: titleLine)
        table.rows.reserveCapacity(32)
        return table
    }

    private mutating func closeRow() {
        guard !openRow.isEmpty else { return }
        widestRow = max(widestRow, openRow.count)
        // Moved out, not copied: the row's array would otherwise be retained for the table
        // and released when the recognizer let go of it.
        var cells: [SourceCell] = []
        swap(&cells, &openRow)
        table?.rows.append(SourceRow(cells))
    }

    private mutating func closeTable(emit: (DocumentElement) -> Void) {
        closeRow()
        if let finished = table { emit(.table(finished)) }
        table = nil
        lastWasCell = false
        widestRow = 0
    }
}
