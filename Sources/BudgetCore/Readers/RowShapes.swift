/// Rows as Excel and Word save them, made into the rows the cell-per-line shape gives for
/// the same tables, before they become tokens.
///
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

    /// Rows that Excel pads to the sheet's used width are not trimmed (not handled yet).
    static func lines(_ records: [DelimitedRecord]) -> [Line] {
        keepingOneCellRowsInTables(records)
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
                row.fields = [text] + Array(filled: "", count: next - 1)
                return Line(record: row, isRow: true)
            }
            return Line(record: record, isRow: false)
        }
    }
}
