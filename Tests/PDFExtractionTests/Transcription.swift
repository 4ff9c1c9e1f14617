import Foundation

/// A cell-per-line transcription of a PDF's tables: a title line followed by TAB-started
/// cell lines; rows are separated by blank lines; the first row is the meta row (部门, 单位).
struct Transcription {
    struct Table {
        var title: String
        var rows: [[String]]
    }

    var tables: [Table]

    init(_ text: String) {
        var tables: [Table] = []
        var lines = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        lines.append("")
        var index = 0
        var current: Table?
        var row: [String] = []
        func endRow() {
            if !row.isEmpty { current?.rows.append(row) }
            row = []
        }
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("\t") {
                row.append(String(line.dropFirst()))
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                endRow()
            } else {
                endRow()
                if index + 1 < lines.count, lines[index + 1].hasPrefix("\t") {
                    if let table = current { tables.append(table) }
                    current = Table(title: line.trimmingCharacters(in: .whitespaces), rows: [])
                }
            }
            index += 1
        }
        endRow()
        if let table = current { tables.append(table) }
        // The meta row (department, unit) is text above the grid in print, not a grid row.
        self.tables = tables.map { table in
            var table = table
            if let first = table.rows.first, first.contains(where: { $0.contains("单位") || $0.contains("部门") }) {
                table.rows.removeFirst()
            }
            return table
        }
    }
}
