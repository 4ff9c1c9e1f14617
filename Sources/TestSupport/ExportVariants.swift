import BudgetCore
import CorpusGenerator

/// Variants of an export that real clerks send (docs/format.md "What exports in the wild also do"),
/// built from a UTF-8 text by the tests themselves.
public enum ExportVariants {
    public static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    public static func joined(_ lines: [String], lineEnd: String = "\n") -> String {
        lines.joined(separator: lineEnd) + lineEnd
    }

    /// GB18030 bytes with CRLF line ends (what Windows clerks mostly send).
    public static func gb18030CRLF(_ text: String) -> [UInt8]? {
        GB18030Encoder.encode(joined(lines(of: text), lineEnd: "\r\n"))
    }

    /// UTF-16 with a byte-order mark.
    public static func utf16WithBOM(_ text: String, littleEndian: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return bytes
    }

    /// UTF-8 with BOM and CR-only line ends.
    public static func utf8BOMWithCR(_ text: String) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(joined(lines(of: text), lineEnd: "\r").utf8)
    }

    /// Trailing spaces or tabs on every line, and blank lines made of spaces.
    public static func trailingBlanks(_ text: String) -> String {
        joined(lines(of: text).enumerated().map { index, line in
            if line.trimmingCharacters(in: " ").isEmpty { return String(repeating: " ", count: 1 + index % 4) }
            return line + (index % 2 == 0 ? "  " : " \t")
        })
    }

    /// Inserts a blank line inside data rows (as a trailing line break in a cell does), at
    /// positions chosen from `seed`, never at the sample's own breaks.
    public static func breakDataRows(_ text: String, seed: UInt64, every stride: Int = 3) -> (text: String, breaks: Int) {
        let document = DocumentReader.read(text: text)
        var generator = SplitMix64(seed: seed)
        var breakBefore = Set<Int>()
        var counter = 0
        for table in document.tables {
            for row in table.dataRows where row.count >= 2 {
                counter += 1
                guard counter % stride == 0 else { continue }
                let position = 1 + Int(generator.next() % UInt64(row.count - 1))
                breakBefore.insert(row.cells[position].line)
            }
        }
        var output: [String] = []
        for (index, line) in lines(of: text).enumerated() {
            if breakBefore.contains(index + 1), output.last?.isEmpty == false { output.append("") }
            output.append(line)
        }
        return (joined(output), breakBefore.count)
    }

    /// Replaces the first table (部门预算收支总表) with a 2025-style one (`BudgetSummary2025`);
    /// by default with 20.00 of 单位资金 and totals that include it.
    public static func with2025BudgetSummary(_ text: String, summary: BudgetSummary2025 = .withUnitFunds) -> String {
        let all = lines(of: text)
        guard let next = all.firstIndex(where: { $0 == "部门预算收入总表" }) else { return text }
        return joined(summary.lines + [""] + Array(all[next...]))
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
