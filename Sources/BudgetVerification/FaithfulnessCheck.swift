import BudgetCore
import SpreadsheetModel

/// Proves a workbook faithful to its export, independently of how the converter recognised
/// tables: every non-blank source line (a cell line's text, or a title, note, continuation
/// or narrative line) must appear exactly once, as a cell or one line of a cell, in reading
/// order, each table sheet holding a contiguous run of the source, the narrative sheet the rest.
public enum FaithfulnessCheck {
    public struct Piece: Equatable, Sendable {
        public var text: String
        public var line: Int
        public var isCell: Bool
    }

    /// The non-blank pieces of a cell-per-line export, in order.
    public static func sourcePieces(of text: String) -> [Piece] { sourcePieces(of: Tokenizer(text: text)) }

    /// The pieces of any shape's token stream: a cell holding line breaks (a quoted cell of a
    /// row-per-line export) gives one piece per line, as the cell-per-line shape writes it.
    public static func sourcePieces(of tokens: some Sequence<Token>) -> [Piece] {
        tokens.flatMap { token -> [Piece] in
            switch token {
            // Empty cells carry nothing to keep, but they mark where rows are (see nextMatch).
            case .cell(let text, let line):
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.enumerated().map { Piece(text: String($0.element), line: line, isCell: $0.offset == 0) }
            case .text(let text, let line): return [Piece(text: text, line: line, isCell: false)]
            case .blank: return []
            }
        }
    }

    /// - Parameter lines: the source lines the workbook holds (one department of a file that
    ///   holds several); nil for the whole source.
    public static func differences(source: String, lines: ClosedRange<Int>? = nil, workbook: WorkbookSnapshot,
                                   narrativeSheet: String?) -> [String] {
        differences(tokens: Array(Tokenizer(text: source)), lines: lines, workbook: workbook, narrativeSheet: narrativeSheet)
    }

    /// The same for the tokens of any text shape.
    public static func differences(tokens: [Token], lines: ClosedRange<Int>? = nil, workbook: WorkbookSnapshot,
                                   narrativeSheet: String?) -> [String] {
        differences(pieces: sourcePieces(of: tokens), lines: lines, workbook: workbook, narrativeSheet: narrativeSheet)
    }

    /// The pieces of a structured document (HTML, Word, PDF): paragraphs as text, each grid's
    /// cells in reading order, a cell with line breaks one piece per line.
    public static func sourcePieces(of document: StructuredDocument) -> [Piece] {
        document.blocks.flatMap { block -> [Piece] in
            switch block {
            case .paragraph(let paragraph):
                return paragraph.cellTexts.map { Piece(text: $0, line: paragraph.line, isCell: false) }
            case .grid(let grid):
                return grid.cells.flatMap { cell in
                    cell.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                        Piece(text: String($0.element), line: cell.line, isCell: $0.offset == 0)
                    }
                }
            }
        }
    }

    public static func differences(pieces: [Piece], lines: ClosedRange<Int>? = nil, workbook: WorkbookSnapshot,
                                   narrativeSheet: String?) -> [String] {
        var pieces = pieces
        if let lines { pieces = pieces.filter { lines.contains($0.line) } }
        var used = pieces.map(\.text.isEmpty)  // empty cells need no place in the workbook
        var differences: [String] = []
        var position = 0

        for sheet in workbook.sheets where sheet.name != narrativeSheet {
            for (index, (cell, text)) in flattened(sheet).enumerated() {
                guard let j = nextMatch(for: cell, text: text, in: pieces, used: used, from: position,
                                        anchoringSheet: index == 0) else {
                    let expected = nextCell(in: pieces, used: used, from: position).map { " (expected line \(pieces[$0].line) '\(pieces[$0].text)')" } ?? ""
                    differences.append("sheet '\(sheet.name)' cell \(cell.address): '\(text)' is not next in the source\(expected)")
                    continue
                }
                // Source cells passed over on the way were dropped from this sheet.
                for skipped in position..<j where !used[skipped] && pieces[skipped].isCell {
                    used[skipped] = true
                    differences.append("line \(pieces[skipped].line): cell '\(pieces[skipped].text)' is missing from sheet '\(sheet.name)' (before cell \(cell.address))")
                }
                used[j] = true
                position = j + 1
                if cell.kind == .text, text == cell.text, isNumberLike(pieces[j]), expectsNumber(cell, text: text) {
                    differences.append("sheet '\(sheet.name)' cell \(cell.address): '\(text)' is stored as text")
                }
            }
        }
        if let narrativeSheet, let sheet = workbook.sheets.first(where: { $0.name == narrativeSheet }) {
            var rest = pieces.indices.filter { !used[$0] }[...]
            for (cell, text) in flattened(sheet) {
                if let next = rest.first, matches(pieces[next], cell: cell, text: text) {
                    used[next] = true
                    rest = rest.dropFirst()
                } else {
                    differences.append("sheet '\(sheet.name)' cell \(cell.address): '\(text)' is not next in the source")
                }
            }
        }
        for index in pieces.indices where !used[index] {
            let piece = pieces[index]
            differences.append("line \(piece.line): \(piece.isCell ? "cell" : "text") '\(piece.text)' is missing from the workbook")
        }
        return differences
    }

    /// How far ahead a dropped cell is looked past before a workbook cell counts as foreign.
    static let lookAhead = 64

    /// The next unused source piece this workbook cell matches: the very next cell piece,
    /// or one a little further on (the ones between were dropped). Narrative text lines may
    /// be passed over freely; they belong to the 情况说明 sheet.
    static func nextMatch(for cell: WorkbookSnapshot.Cell, text: String, in pieces: [Piece], used: [Bool], from start: Int,
                          anchoringSheet: Bool = false) -> Int? {
        if anchoringSheet && cell.row == 0 {
            // A sheet's title is the text line right before its cells: up to the next source
            // cell line (empty or not) the last matching text line wins, even when a contents
            // list or the narrative repeats the title earlier.
            var last: Int?
            var k = start
            // Empty cell lines of the table before carry nothing: they do not end the window.
            while k < pieces.count, pieces[k].isCell, used[k] { k += 1 }
            while k < pieces.count, !pieces[k].isCell {
                if !used[k], matches(pieces[k], cell: cell, text: text) { last = k }
                k += 1
            }
            if let last { return last }
        } else if anchoringSheet {
            // An untitled table starts with a cell line (or the continuation of an empty one),
            // never with a free text line the narrative may repeat.
            var k = start
            while k < pieces.count {
                let continuesCell = k > 0 && pieces[k - 1].isCell && pieces[k - 1].line == pieces[k].line - 1
                if !used[k], pieces[k].isCell || continuesCell, matches(pieces[k], cell: cell, text: text) { return k }
                k += 1
            }
        }
        var cellsPassed = 0
        var j = start
        while j < pieces.count, cellsPassed <= lookAhead {
            if !used[j] {
                if matches(pieces[j], cell: cell, text: text) { return j }
                if pieces[j].isCell { cellsPassed += 1 }
            }
            j += 1
        }
        return nil
    }

    static func nextCell(in pieces: [Piece], used: [Bool], from start: Int) -> Int? {
        (start..<pieces.count).first { !used[$0] && pieces[$0].isCell }
    }

    /// Each non-empty cell split into its lines (a wrapped cell kept its line breaks).
    static func flattened(_ sheet: WorkbookSnapshot.Sheet) -> [(WorkbookSnapshot.Cell, String)] {
        sheet.cells.flatMap { cell -> [(WorkbookSnapshot.Cell, String)] in
            guard cell.kind != .blank, !cell.text.isEmpty else { return [] }
            if cell.kind == .number { return [(cell, cell.text)] }
            return cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { (cell, String($0)) }
        }
    }

    static func matches(_ piece: Piece, cell: WorkbookSnapshot.Cell, text: String) -> Bool {
        if cell.kind == .number {
            guard let stored = Double(text), let source = NumberParser.parse(piece.text) else { return false }
            return stored == source
        }
        return piece.text == text
    }

    private static func isNumberLike(_ piece: Piece) -> Bool { NumberParser.hasTwoDecimals(piece.text) }

    /// Amount-looking text in a cell formatted as an amount should have been a number.
    private static func expectsNumber(_ cell: WorkbookSnapshot.Cell, text: String) -> Bool {
        cell.numberFormat == NumberStyle.amount.rawValue
    }
}
