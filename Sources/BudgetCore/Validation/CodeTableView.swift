/// A budget table whose rows carry a 科目编码 (收入总表, 支出总表, the 功能分类 支出表s, the
/// 经济分类 基本支出表), with its columns found by label meaning and its rows by code.
final class CodeTableView {
    /// A class: rows are read-only once made, and the checks hand them around by the
    /// thousand (as a struct, each hand-over counted references to its four strings and cells).
    final class Row {
        let source: SourceRow
        /// 3, 5 or 7 ASCII digits, or "".
        let code: String
        /// The code's digits, counted as bytes (ASCII: one byte a Character; `count` walked
        /// grapheme clusters, for every pair of rows the hierarchy check compares).
        var level: Int { code.utf8.count }
        let label: String
        let serial: String
        /// The 合计 / 总计 row.
        let isTotal: Bool

        init(source: SourceRow, code: String, label: String, serial: String, isTotal: Bool) {
            self.source = source
            self.code = code
            self.label = label
            self.serial = serial
            self.isTotal = isTotal
        }
    }

    let table: BudgetTable
    let roles: ColumnRoles
    let labels: [String]
    /// Labels without whitespace, computed once: every finding and read names its column.
    let columnNames: [String]
    let serialColumn: Int?
    /// The first code column (the 类 column of split codes).
    let codeColumn: Int?
    let nameColumn: Int?
    let amountColumns: [Int]
    /// Data rows with any content, in order.
    let rows: [Row]
    /// The rows with a code, in order; and the 合计 row. Kept: every check asks for them.
    let codedRows: [Row]
    let totalRow: Row?
    /// Codes printed wrongly, each with the reading used for the arithmetic.
    let codeDefects: [CodeDefect]

    init(_ table: BudgetTable) {
        self.table = table
        let roles = ColumnRoles.of(table)
        self.roles = roles
        labels = roles.labels
        columnNames = labels.map(TextNormalizer.compact)
        let content = table.dataRows.filter { !$0.isAllEmpty }
        serialColumn = roles.serial
        codeColumn = roles.code?.columns.first
        nameColumn = roles.name
        amountColumns = roles.amounts
        let descriptive = roles.descriptive
        var reading = CodeReading()
        var codes = content.map { source in roles.code.map { reading.code(of: source, in: $0) } ?? "" }
        codes = reading.inferCombined(rows: content, codes: codes)
        rows = zip(content, codes).map { source, parsedCode in
            var labelText = roles.name.map { Self.text(source, $0) } ?? ""
            if labelText.isEmpty {
                // Items under a group name print their name in the next text column.
                let codeColumns = Set(roles.code?.columns ?? [])
                labelText = descriptive.lazy.filter { !codeColumns.contains($0) && $0 != roles.serial }
                    .map { Self.text(source, $0) }.first { !$0.isEmpty } ?? ""
            }
            let isTotal = parsedCode.isEmpty
                && descriptive.contains { Self.isTotalLabel(Self.text(source, $0)) }
            return Row(source: source, code: parsedCode, label: labelText,
                       serial: roles.serial.map { Self.text(source, $0) } ?? "", isTotal: isTotal)
        }
        codedRows = rows.filter { !$0.code.isEmpty }
        totalRow = rows.first { $0.isTotal }
        codeDefects = reading.defects
    }

    /// 合计, 总计, 收入总计, 支出合计 …: the row holding the table's total.
    static func isTotalLabel(_ text: String) -> Bool {
        let key = LabelMeaning.key(text)
        return ColumnMeaning.total.matches(text) || ["收入总计", "支出总计", "收入合计", "支出合计"].contains(key)
    }

    /// A 科目编码: 3, 5 or 7 ASCII digits once whitespace is removed.
    static func code(from text: String) -> String? {
        let compact = TextNormalizer.compact(text)
        guard compact.isASCIIDigits, [3, 5, 7].contains(compact.utf8.count) else { return nil }
        return compact
    }

    /// The code one level up: 2080101 → 20801 → 208 → nil.
    static func parent(of code: String) -> String? {
        switch code.count {
        case 7: return String(code.prefix(5))
        case 5: return String(code.prefix(3))
        default: return nil
        }
    }

    static func text(_ row: SourceRow, _ column: Int) -> String {
        column >= 0 && column < row.cells.count ? row.cells[column].text : ""
    }

    var title: String { table.title }
    /// No row has any content (an empty table is one row of empty cells).
    var isEmpty: Bool { rows.isEmpty }

    func row(code: String) -> Row? { rows.first { $0.code == code } }

    /// The first amount column whose label has this meaning.
    func column(_ meaning: ColumnMeaning) -> Int? {
        if let column = amountColumns.first(where: { meaning.matches(labels[$0]) }) { return column }
        // A table with one amount column (金额, 机关运行经费支出): that column is its 合计.
        if meaning == .total, amountColumns.count == 1 { return amountColumns.first }
        return nil
    }

    func columnName(_ column: Int) -> String {
        column >= 0 && column < columnNames.count ? columnNames[column] : ""
    }

    func place(_ row: Row, _ column: Int) -> CellPlace {
        let line = column >= 0 && column < row.source.cells.count ? row.source.cells[column].line : row.source.line
        return CellPlace(table: table.title, kind: table.kind, serial: row.serial, code: row.code,
                         label: row.label, column: columnName(column), line: line)
    }

    /// The cell as an amount, without its place (nil: not an amount).
    func amount(_ row: Row, _ column: Int) -> Cents? { Cents(parsing: Self.text(row.source, column)) }

    /// Whether the cell holds the sum of the terms, every one of them an amount: most
    /// identities hold, and reading them so makes no place (five strings a cell) for a finding
    /// that never comes. False sends the identity through `CheckRecorder.expect`, which
    /// finds the same sum and names what is wrong.
    func holds(_ row: Row, _ column: Int, sumOf terms: some Sequence<Cents?>) -> Bool {
        guard let found = amount(row, column) else { return false }
        var total = Cents.zero
        for term in terms {
            guard let term else { return false }
            total += term
        }
        return total == found
    }

    func read(_ row: Row, _ column: Int) -> CellRead {
        let text = Self.text(row.source, column)
        let place = place(row, column)
        guard let value = Cents(parsing: text) else { return .unreadable(text: text, place: place) }
        return .amount(AmountCell(value: value, place: place))
    }

    /// The table's total in a column: its 合计 row, else the sum of its top-level coded rows
    /// (0 for an empty table), placed at the title line.
    func total(_ column: Int) -> CellRead {
        if let totalRow { return read(totalRow, column) }
        let place = CellPlace(table: table.title, kind: table.kind, serial: "", code: "",
                              label: isEmpty ? "(empty table)" : "Σ top-level rows (no 合计 row)",
                              column: columnName(column), line: table.titleLine)
        let coded = codedRows
        guard let topLength = coded.map(\.level).min() else {
            // No codes (a one-row 支出总表): the only row is the total.
            if rows.count == 1, let only = rows.first { return read(only, column) }
            return .amount(AmountCell(value: .zero, place: place))
        }
        switch SumRead.sum(coded.filter { $0.level == topLength }.map { read($0, column) }) {
        case .success(let value): return .amount(AmountCell(value: value, place: place))
        case .failure(let bad): return .unreadable(text: bad.text, place: bad.place)
        }
    }

    /// The top-level (类, 3-digit) rows.
    var classRows: [Row] { codedRows.filter { $0.level == 3 } }
}
