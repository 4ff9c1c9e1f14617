import Foundation
import Testing
@testable import BudgetCore

extension EditableSample {
    /// Another export of `Samples/`, editable like the sample.
    static func load(named name: String) throws -> EditableSample {
        let url = EditableSample.url.deletingLastPathComponent().appendingPathComponent(name)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return EditableSample(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// Replaces the cell on `line` (1-based), which must hold `old`.
    mutating func change(line: Int, from old: String, to new: String) {
        #expect(lines[line - 1] == "\t" + old, "line \(line) holds \(lines[line - 1])")
        lines[line - 1] = "\t" + new
    }
}

/// A finding as a test states it: table title, row code and label, column, identity, expected,
/// found, line.
struct PreciseFinding: Hashable, CustomStringConvertible {
    var table: String
    var code: String
    var label: String
    var column: String
    var identity: String
    var expected: String
    var found: String
    var line: Int

    init(_ table: String, code: String = "", label: String = "", column: String, identity: String,
         expected: String, found: String, line: Int) {
        self.table = table
        self.code = code
        self.label = label
        self.column = column
        self.identity = identity
        self.expected = expected
        self.found = found
        self.line = line
    }

    init(_ finding: Finding) {
        self.init(finding.table, code: finding.rowCode, label: finding.rowLabel, column: finding.column,
                  identity: finding.identity, expected: finding.expected, found: finding.found, line: finding.line)
    }

    var description: String {
        "\(table) \(code) \(label) 「\(column)」 \(identity): expected \(expected), found \(found), line \(line)"
    }
}

extension ValidationReport {
    var preciseTableFindings: Set<PreciseFinding> { Set(tableFindings.map(PreciseFinding.init)) }
}
