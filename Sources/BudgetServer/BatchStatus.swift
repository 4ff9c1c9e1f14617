import BudgetCore

/// What the page polls: one batch, its documents and its downloads (JSON).
struct BatchStatus: Codable, Sendable {
    struct Link: Codable, Sendable {
        var name: String
        var url: String
    }

    struct FindingItem: Codable, Sendable {
        var kind: String
        var table: String
        var row: String
        var column: String
        var identity: String
        var expected: String
        var found: String
        var difference: String
        var line: Int
        var text: String
    }

    struct Document: Codable, Sendable {
        var index: Int
        var name: String
        /// queued, converting, converted, failed.
        var state: String
        var tables: Int
        var warnings: [String]
        var findings: [FindingItem]
        var error: String?
        /// The failure's kind (binary, encoding, empty, noTable, …) for the page's own wording.
        var errorKind: String?
        var workbooks: [Link]
        var preview: String?
    }

    var id: String
    /// receiving, converting, done.
    var state: String
    var total: Int
    var finished: Int
    var documents: [Document]
    var downloads: [Link]
}

extension BatchStatus.FindingItem {
    init(_ finding: Finding) {
        let row = [finding.rowSerial, finding.rowCode, finding.rowLabel].filter { !$0.isEmpty }.joined(separator: " ")
        self.init(kind: finding.severity.rawValue, table: finding.table, row: row, column: finding.column,
                  identity: finding.identity, expected: finding.expected, found: finding.found,
                  difference: finding.difference, line: finding.line, text: finding.description)
    }
}
