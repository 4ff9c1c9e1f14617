import Foundation
import Testing
@testable import BudgetCore

/// The sample export as lines that a test can edit by line number (1-based, as the
/// recognizer numbers them), then read again.
struct EditableSample {
    var lines: [String]

    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples").appendingPathComponent("000_dcbc594b2af559b5.txt")

    static func load() throws -> EditableSample {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return EditableSample(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    var text: String { lines.joined(separator: "\n") }
    var document: BudgetDocument { DocumentReader.read(text: text) }
    var report: ValidationReport { BudgetValidator.validate(document) }

    func table(_ kind: TableKind) throws -> BudgetTable {
        try #require(document.tables.first { $0.kind == kind })
    }

    /// The data row whose cells include `key` (a code or a label, compared without spaces).
    func row(_ kind: TableKind, _ key: String) throws -> SourceRow {
        let table = try table(kind)
        return try #require(table.dataRows.first { row in row.cells.contains { TextNormalizer.compact($0.text) == key } })
    }

    /// The cell of that row under the leaf label `column` (the `occurrence`-th such column).
    func cell(_ kind: TableKind, row key: String, column: String, occurrence: Int = 0) throws -> SourceCell {
        let table = try table(kind)
        let columns = table.columnLabels.indices.filter { TextNormalizer.compact(table.columnLabels[$0]) == column }
        let index = try #require(columns.dropFirst(occurrence).first)
        let row = try row(kind, key)
        return try #require(index < row.cells.count ? row.cells[index] : nil)
    }

    mutating func set(_ cell: SourceCell, to text: String) {
        lines[cell.line - 1] = "\t" + text
    }

    /// Removes a row's cell lines and the blank line after them.
    mutating func remove(_ row: SourceRow) throws {
        let first = try #require(row.cells.first?.line)
        let last = try #require(row.cells.last?.line)
        let end = lines.indices.contains(last) && lines[last].isEmpty ? last + 1 : last
        lines.removeSubrange((first - 1)..<end)
    }

    /// Removes a table: its title line up to the next table's title line.
    mutating func remove(_ kind: TableKind) throws {
        let tables = document.tables
        let index = try #require(tables.firstIndex { $0.kind == kind })
        let start = tables[index].titleLine
        let end = index + 1 < tables.count ? tables[index + 1].titleLine : lines.count + 1
        lines.removeSubrange((start - 1)..<(end - 1))
    }
}

/// A finding reduced to what a test states: table kind, code, row label, column, identity,
/// expected, found.
struct ExpectedFinding: Hashable, CustomStringConvertible {
    var kind: TableKind
    var code: String
    var label: String
    var column: String
    var identity: String
    var expected: String
    var found: String

    init(_ kind: TableKind, code: String = "", label: String = "", column: String, identity: String,
         expected: String, found: String) {
        self.kind = kind
        self.code = code
        self.label = label
        self.column = column
        self.identity = identity
        self.expected = expected
        self.found = found
    }

    init(_ finding: Finding) {
        self.init(finding.tableKind, code: finding.rowCode, label: finding.rowLabel, column: finding.column,
                  identity: finding.identity, expected: finding.expected, found: finding.found)
    }

    var description: String { "\(kind) \(code) \(label) 「\(column)」 \(identity): expected \(expected), found \(found)" }
}

extension ValidationReport {
    var tableFindingSummary: Set<ExpectedFinding> { Set(tableFindings.map(ExpectedFinding.init)) }
}
