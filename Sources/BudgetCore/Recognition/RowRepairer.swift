/// Re-joins rows that a line break inside a cell split at a blank line (a 6-cell row arriving
/// as 4 + 2 or 3 + 1 + 2) until each has the table's column count.
public enum RowRepairer {
    public static func repair(_ rows: [SourceRow], width: Int, endsAtEndOfFile: Bool)
        -> (rows: [SourceRow], warnings: [ConversionWarning]) {
        var output: [SourceRow] = []
        var warnings: [ConversionWarning] = []
        var index = 0
        while index < rows.count {
            let row = rows[index]
            if row.count >= width {
                output.append(row)
                index += 1
                continue
            }
            var joined = row.cells
            var next = index + 1
            while joined.count < width, next < rows.count, joined.count + rows[next].count <= width {
                joined += rows[next].cells
                next += 1
            }
            if joined.count == width {
                output.append(SourceRow(joined))
                index = next
                continue
            }
            let isLast = index == rows.count - 1
            if isLast && endsAtEndOfFile {
                warnings.append(ConversionWarning(line: row.line,
                    "the file ends inside this table: its last row has \(row.count) of \(width) cells"))
            } else {
                warnings.append(ConversionWarning(line: row.line,
                    "row has \(row.count) of \(width) cells; written as found"))
            }
            output.append(row)
            index += 1
        }
        return (output, warnings)
    }
}
