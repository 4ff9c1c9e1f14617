/// What each column of a table holds, read from its header labels (any header row above it)
/// and its cells, never from a catalog: the serial, the 科目编码 (one combined column or split
/// 类 | 款 | 项 columns), the name, and the amounts. Code columns are never amounts.
final class ColumnRoles: Sendable {
    enum Code: Equatable {
        /// `201`, `20101`, `2010101` in one column.
        case combined(Int)
        /// 类 | 款 | 项 (or 类 | 款 for 经济分类) columns.
        case split([Int])

        var columns: [Int] {
            switch self {
            case .combined(let column): return [column]
            case .split(let columns): return columns
            }
        }
    }

    let header: HeaderColumns
    /// The lowest header label of each column ("" when none).
    let labels: [String]
    let serial: Int?
    let code: Code?
    let name: Int?
    let amounts: [Int]
    /// Columns holding text, not amounts, in order.
    let descriptive: [Int]
    /// For each column, whether it is in `descriptive`.
    let isDescriptive: [Bool]

    /// The roles of a table: the ones it remembers (`BudgetTable.rememberingReadings`), or read now.
    static func of(_ table: BudgetTable) -> ColumnRoles {
        table.knownRoles ?? ColumnRoles(table)
    }

    init(_ table: BudgetTable) {
        let content = table.dataRows.filter { !$0.isAllEmpty }
        let headerRows = Self.headerRows(of: table)
        let width = max(table.width, headerRows.map(\.count).max() ?? 0, content.map(\.count).max() ?? 0)
        // The filled cells of each column are counted in one pass and read in place from the
        // rows where a test asks for them (collected into an array per column, every text was
        // copied and every append checked two arrays for sharing).
        var filled = Array(filled: 0, count: width)
        for row in content {
            for column in 0..<min(width, row.cells.count) where !row.cells[column].text.isEmpty { filled[column] += 1 }
        }
        let texts = { (column: Int) in
            content.lazy.filter { column < $0.cells.count && !$0.cells[column].text.isEmpty }.map { $0.cells[column].text }
        }
        let filledCount = { (column: Int) in column < width ? filled[column] : 0 }
        // A column holds text when most of its filled data cells are not amounts (one note
        // such as 见附表 in an amount column does not make it text).
        // Flags per column rather than sets of columns: a set hashed each column it was asked about.
        let textColumns = (0..<width).map { column in Self.holdsMostlyWords(column: column, of: content, count: filled[column]) }
        let lastRow = headerRows.last ?? []
        // The header's labels, made once: asked for in the closure, they were made again for
        // each column without a label of its own.
        let fallback = table.columnLabels
        let roughLabels = (0..<width).map { column -> String in
            if column < lastRow.count, !lastRow[column].isEmpty { return lastRow[column] }
            return column < fallback.count ? fallback[column] : ""
        }
        header = HeaderColumns(rows: headerRows, width: width, descriptive: { column in
            (column < width && textColumns[column]) || (column < roughLabels.count && Self.isLabelHeader(roughLabels[column]))
        })
        let paths = header.paths
        let labels = (0..<width).map { column in
            if let leaf = paths[column].last { return leaf }
            return column < fallback.count ? fallback[column] : ""
        }
        self.labels = labels
        let keys = labels.map(LabelMeaning.key)

        serial = keys.firstIndex { $0.equalsText("序号") }
        // Split codes: adjacent 类 | 款 (| 项) columns, by label or by 3-digit + 2-digit cells.
        var code: Code?
        if let classColumn = keys.firstIndex(where: { $0.equalsText("类") }), classColumn + 1 < width, keys[classColumn + 1].equalsText("款") {
            var parts = [classColumn, classColumn + 1]
            if classColumn + 2 < width, keys[classColumn + 2].equalsText("项") { parts.append(classColumn + 2) }
            code = .split(parts)
        } else if let combined = keys.firstIndex(where: { $0.containsText(literal: "编码") || $0.containsText(literal: "代码") }) {
            code = .combined(combined)
        } else {
            for column in 0..<width {
                let values = texts(column)
                guard filledCount(column) >= 2 else { continue }
                if values.allSatisfy({ CodeTableView.code(from: $0) != nil || ColumnMeaning.total.matches($0) }) {
                    code = .combined(column)
                    break
                }
                if values.allSatisfy({ $0.isASCIIDigits && $0.utf8.count == 3 }), column + 1 < width {
                    let next = texts(column + 1)
                    if filledCount(column + 1) > 0, next.allSatisfy({ $0.isASCIIDigits && $0.utf8.count <= 2 }),
                       next.contains(where: { $0.utf8.count == 2 }) {
                        var parts = [column, column + 1]
                        if filledCount(column + 2) > 0,
                           texts(column + 2).allSatisfy({ $0.isASCIIDigits && $0.utf8.count <= 2 }) {
                            parts.append(column + 2)
                        }
                        code = .split(parts)
                        break
                    }
                }
            }
        }
        self.code = code
        var flags = Array(filled: false, count: width)
        for column in code?.columns ?? [] where column < width { flags[column] = true }
        var name = keys.indices.first { column in
            !flags[column]
                && (keys[column].containsText(literal: "名称") || keys[column].equalsText("项目") || keys[column].equalsText("科目"))
        }
        if name == nil, let after = code?.columns.max(), after + 1 < width, textColumns[after + 1] || keys[after + 1].isEmpty {
            name = after + 1
        }
        self.name = name
        for column in [serial, name].compactMap({ $0 }) where column < width { flags[column] = true }
        for column in 0..<width where !flags[column] && (textColumns[column] || ColumnMeaning.isDescriptive(key: keys[column])) {
            flags[column] = true
        }
        isDescriptive = flags
        descriptive = (0..<width).filter { flags[$0] }
        amounts = (0..<width).filter { !flags[$0] }
    }

    /// Whether at least half of the texts (and at least one) are not amounts, reading only
    /// as many as it takes to know (most columns are settled half way down).
    static func holdsMostlyWords(_ texts: [String]) -> Bool {
        holdsMostlyWords(texts, count: texts.count)
    }

    /// The same of `count` texts given as a sequence.
    static func holdsMostlyWords(_ texts: some Sequence<String>, count: Int) -> Bool {
        var tally = WordTally(count: count)
        for text in texts {
            if let settled = tally.add(isAmount: Cents(parsing: text) != nil) { return settled }
        }
        return false
    }

    /// The same of a column's filled cells (`count` of them), read in place: a lazy filter
    /// over the rows copied each row it looked at, for every column.
    static func holdsMostlyWords(column: Int, of rows: [SourceRow], count: Int) -> Bool {
        var tally = WordTally(count: count)
        for row in rows.indices where column < rows[row].cells.count && !rows[row].cells[column].text.isEmpty {
            if let settled = tally.add(isAmount: Cents(parsing: rows[row].cells[column].text) != nil) { return settled }
        }
        return false
    }

    /// Words and amounts counted until the answer cannot change.
    private struct WordTally {
        let count: Int
        var words = 0, amounts = 0

        init(count: Int) { self.count = count }

        /// The answer once it is settled, else nil.
        mutating func add(isAmount: Bool) -> Bool? {
            if isAmount { amounts += 1 } else { words += 1 }
            if words > 0, words * 2 >= count { return true }  // words only grow
            if amounts * 2 > count { return false }  // the words left cannot reach half
            return nil
        }
    }

    /// Header rows of a table, including rows the recognizer kept above the header (a third
    /// or fourth header level) when they hold labels only.
    static func headerRows(of table: BudgetTable) -> [[String]] {
        var rows: [[String]] = []
        if table.kind != .performanceTarget {
            for row in table.preambleRows.reversed() {
                let texts = row.texts
                guard texts.contains(where: { !$0.isEmpty }),
                      !texts.contains(where: { !$0.isEmpty && Cents(parsing: $0) != nil }) else { break }
                rows.insert(texts, at: 0)
            }
        }
        return rows + table.headerRows.map(\.texts)
    }

    /// A header label naming a text column (项目, 名称, 科目, 编码, 类/款/项).
    static func isLabelHeader(_ label: String) -> Bool {
        let key = LabelMeaning.key(label)
        return ColumnMeaning.isDescriptive(key: key) || ["类", "款", "项"].contains(key) || key.containsText(literal: "项目")
            || key.containsText(literal: "科目")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// Every Character an ASCII digit, on bytes: a digit byte is a Character of its own unless a
    /// combining mark follows it, and that mark's bytes are no digits. With digits only, the
    /// Character count is the byte count.
    var isASCIIDigits: Bool { utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}
