/// One budget identity that does not hold: where, what was expected, what was found.
/// A finding is a report for a clerk; it never changes the data.
public struct Finding: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Codable {
        /// The tables disagree among themselves.
        case table
        /// A figure of the 情况说明 text disagrees with the tables.
        case narrative
    }

    public var severity: Severity
    /// Title of the table holding the found value (as in the export).
    public var table: String
    public var tableKind: TableKind
    /// 序号 of the row, or "".
    public var rowSerial: String
    /// 科目编码 of the row, or "".
    public var rowCode: String
    /// 科目名称 / 项目 of the row (as written), or the narrative's keyword.
    public var rowLabel: String
    /// Leaf label of the column (whitespace removed).
    public var column: String
    /// The identity, in short, e.g. `类 = Σ款`, `合计 = 基本支出 + 项目支出`.
    public var identity: String
    /// Two decimals.
    public var expected: String
    /// Two decimals.
    public var found: String
    /// found − expected, two decimals.
    public var difference: String
    /// Source line of the found cell (or of the paragraph, for a narrative finding).
    public var line: Int
    /// One readable line.
    public var message: String

    public init(severity: Severity, table: String, tableKind: TableKind, rowSerial: String, rowCode: String,
                rowLabel: String, column: String, identity: String, expected: String, found: String,
                difference: String, line: Int, message: String) {
        self.severity = severity
        self.table = table
        self.tableKind = tableKind
        self.rowSerial = rowSerial
        self.rowCode = rowCode
        self.rowLabel = rowLabel
        self.column = column
        self.identity = identity
        self.expected = expected
        self.found = found
        self.difference = difference
        self.line = line
        self.message = message
    }

    public var description: String { message }
}

/// An identity that could not be checked (its table, row or column is absent, or a cell is not
/// an amount): noted, not failed.
public struct SkippedCheck: Sendable, Equatable, Codable, CustomStringConvertible {
    public var identity: String
    public var reason: String
    /// The table the check was about, or "".
    public var table: String

    public init(identity: String, reason: String, table: String = "") {
        self.identity = identity
        self.reason = reason
        self.table = table
    }

    public var description: String {
        table.isEmpty ? "\(identity): skipped, \(reason)" : "\(table) \(identity): skipped, \(reason)"
    }
}
