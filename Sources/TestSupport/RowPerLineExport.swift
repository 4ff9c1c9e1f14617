import CorpusGenerator
import Foundation

import BudgetCore

/// A document's tables and narrative written one row per line (TAB, or comma for CSV) with
/// Excel's quoting, as Excel's "save as text" or "save as CSV" writes the same cells: the
/// shapes the row-per-line reader must read back to the same tables.
public enum RowPerLineExport {
    public static func text(of document: BudgetDocument, delimiter: Character, lineEnd: String = "\n") -> String {
        var lines: [(line: Int, fields: [[String]])] = []
        for table in document.tables {
            var written: [[String]] = table.title.isEmpty ? [] : [[table.title]]
            for row in table.allRows { written.append(row.texts) }
            written += table.notes.map { [$0.text] }
            lines.append((table.titleLine, written))
        }
        for paragraph in document.narrative {
            lines.append((paragraph.line, [[paragraph.text]]))
        }
        let ordered = lines.sorted { $0.line < $1.line }.flatMap(\.fields).map { fields in
            fields.map { quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter))
        }
        return ordered.joined(separator: lineEnd) + lineEnd
    }

    /// Excel's rule: a cell holding the delimiter, a quote or a line break is written in
    /// double quotes, its quotes doubled.
    public static func quoted(_ cell: String, delimiter: Character) -> String {
        guard cell.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// GB18030 bytes, CRLF line ends: what Excel on Chinese Windows saves as CSV.
    public static func gb18030(_ text: String) -> [UInt8]? {
        GB18030Encoder.encode(text)
    }
}
