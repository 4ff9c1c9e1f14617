@testable import BudgetCore
import Testing
import TestSupport

/// A table's copies share their parts until one of them changes: the change stays with that
/// copy, forgets the readings kept from the old parts, and a kept summary reading is freed
/// with its table.
@Suite struct BudgetTableCopyTests {
    private func summaryTable() throws -> BudgetTable {
        let document = DocumentReader.read(text: try SampleExport.text())
        return try #require(document.tables.first { $0.kind == .budgetSummary })
    }

    @Test func aChangedCopyLeavesTheOriginalAlone() throws {
        let original = try summaryTable()
        var copy = original
        copy.title = "改过的标题"
        copy.dataRows.removeLast()
        copy.notes.append(Paragraph("注", line: 1))
        #expect(original.title != copy.title)
        #expect(original.dataRows.count == copy.dataRows.count + 1)
        #expect(original.notes.count + 1 == copy.notes.count)
        #expect(original.headerRows == copy.headerRows)
    }

    @Test func aChangeToWhatReadingsComeFromForgetsThem() throws {
        let remembering = try summaryTable().rememberingReadings()
        #expect(remembering.knownRoles != nil && remembering.knownSummary != nil)
        var renamed = remembering
        renamed.title = "另一个标题"  // roles are not read from the title
        #expect(renamed.knownRoles != nil)
        var shorter = remembering
        shorter.dataRows.removeLast()
        #expect(shorter.knownRoles == nil && shorter.knownSummary == nil)
        #expect(remembering.knownRoles != nil && remembering.knownSummary != nil)
        var rekinded = remembering
        rekinded.kind = .incomeSummary
        #expect(rekinded.knownRoles == nil)
    }

    @Test func aKeptSummaryReadingIsFreedWithItsTable() throws {
        weak var summary: RememberedSummary?
        do {
            let table = try summaryTable().rememberingReadings()
            summary = table.knownSummary
            #expect(summary != nil)
        }
        #expect(summary == nil)
    }
}
