/// Rows as Excel and Word save them, made into the rows the cell-per-line shape gives for
/// the same tables, before they become tokens.
///
/// - **Excel's padding** (written, not yet applied: see `lines`): "save as text" writes every row of a sheet to the sheet's used
///   width, so a title is `title` followed by empty TAB cells, and a 4-column table on a
///   sheet 16 columns wide has 12 empty cells on every row. A text is padded when every line
///   holding text has the same number of cells and some hold only their first (a padded
///   title). Then a line with only its first cell is that one text (a title, note or
///   paragraph, as an unpadded line), and the rows of one block (consecutive lines with two
///   or more cells) keep the block's widest width: an empty cell inside a table (an empty
///   amount, an empty header cell under a label spanning down) keeps its place, the sheet's
///   empty columns are gone. A meta row keeps only its own cells; an empty line between rows,
///   or between a row and a note, is a row of empty cells (an empty table's one row).
/// - **One-cell rows**: a line of one cell is text, except where it can only be a row of a
///   table: between two rows of the same width (a section label across a table, which Word
///   saves as one merged cell) it is that table's row, its cell first and the rest empty;
///   a meta line (`金额单位：万元`) directly above a row is a one-cell meta row.
enum RowShapes {
    /// A line read as a row of cells (`isRow`) or as text (one field: a title, note, paragraph).
    struct Line {
        var record: DelimitedRecord
        var isRow: Bool
    }

    static func lines(_ records: [DelimitedRecord]) -> [Line] {
        // Excel's padding (isPadded, trimmingPadding) is not applied yet: read padded, the
        // sample lost most of its tables (its header rows ended up as data); see the report.
        keepingOneCellRowsInTables(records)
    }

    /// One past the last non-blank cell: 0 for an empty line, 1 for a line with only its first cell.
    static func usedWidth(_ fields: [String]) -> Int {
        (fields.lastIndex { !$0.allSatisfy(\.isWhitespace) } ?? -1) + 1
    }

    static func isPadded(_ records: [DelimitedRecord]) -> Bool {
        let width = records.map(\.fields.count).max() ?? 0
        guard width >= 2 else { return false }
        let withText = records.filter { usedWidth($0.fields) > 0 }
        return withText.allSatisfy { $0.fields.count == width } && withText.contains { usedWidth($0.fields) == 1 }
    }

    static func trimmingPadding(_ records: [DelimitedRecord]) -> [DelimitedRecord] {
        let widths = records.map { usedWidth($0.fields) }
        // An empty line below a row and above a row or a note (`注：`) is a row of empty
        // cells (an empty table's one row); elsewhere it is a blank line.
        var inBlock = widths.map { $0 >= 2 }
        for index in records.indices where widths[index] == 0 && index > 0 && inBlock[index - 1] && index + 1 < records.count {
            let next = records[index + 1]
            let isNote = widths[index + 1] == 1 && TextNormalizer.compact(next.fields[0]).hasPrefix("注")
            inBlock[index] = widths[index + 1] >= 2 || isNote
        }
        var trimmed = records
        var index = 0
        while index < records.count {
            guard inBlock[index] else {
                trimmed[index].fields = [records[index].fields.first ?? ""]
                index += 1
                continue
            }
            var end = index
            while end < records.count, inBlock[end] { end += 1 }
            let blockWidth = max(widths[index..<end].max() ?? 2, 2)
            for row in index..<end {
                let isMeta = widths[row] >= 1 && widths[row] <= 4 && records[row].fields.contains { TitleRules.isMetaText($0) }
                trimmed[row].fields = Array(records[row].fields.prefix(isMeta ? widths[row] : blockWidth))
            }
            index = end
        }
        return trimmed
    }

    static func keepingOneCellRowsInTables(_ records: [DelimitedRecord]) -> [Line] {
        records.indices.map { index in
            let record = records[index]
            guard record.fields.count == 1 else { return Line(record: record, isRow: true) }
            let text = record.fields[0]
            // One line of text, directly above a row of two or more cells.
            guard record.lastLine == record.line, !text.allSatisfy(\.isWhitespace), index + 1 < records.count,
                  case let next = records[index + 1].fields.count, next >= 2
            else { return Line(record: record, isRow: false) }
            if TitleRules.isMetaText(text) { return Line(record: record, isRow: true) }
            if index > 0, records[index - 1].fields.count == next {
                var row = record
                row.fields = [text] + Array(repeating: "", count: next - 1)
                return Line(record: row, isRow: true)
            }
            return Line(record: record, isRow: false)
        }
    }
}
