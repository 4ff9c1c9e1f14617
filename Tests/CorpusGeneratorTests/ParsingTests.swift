import BudgetCore
import CorpusGenerator
import Testing

/// Every good file reads back exactly as generated, without a warning, and satisfies every
/// identity the validator checks, in the tables and in the 情况说明.
@Suite struct ParsingTests {
    @Test(arguments: TestCorpus.seeds)
    func goodFilesReadBackAsGenerated(seed: UInt64) throws {
        let files = try TestCorpus.files(seed: seed).filter { $0.entry.expectedFailure == nil }
        #expect(files.count >= 6)
        for file in files {
            let path = file.entry.path
            let document = try DocumentReader.read(file.bytes)
            #expect(document.encoding == file.entry.encoding, "\(path)")
            #expect(document.allWarnings.isEmpty, "\(path): \(document.allWarnings)")
            #expect(document.tables.map(\.title) == file.expectedTables.map(\.title), "\(path)")
            #expect(document.tables.map(\.kind) == file.expectedTables.map(\.kind), "\(path)")
            for (table, expected) in zip(document.tables, file.expectedTables) {
                #expect(table.allRows.map(\.texts) == expected.rows, "\(path) \(table.title)")
                #expect(table.notes.map(\.text) == expected.notes, "\(path) \(table.title)")
            }
            #expect(document.narrative.map(\.text) == file.expectedParagraphs, "\(path)")
        }
    }

    @Test(arguments: TestCorpus.seeds)
    func goodFilesValidateWithoutFindings(seed: UInt64) throws {
        for file in try TestCorpus.files(seed: seed) where file.entry.expectedFailure == nil {
            let report = BudgetValidator.validate(try DocumentReader.read(file.bytes))
            #expect(report.tableFindings.isEmpty, "\(file.entry.path): \(report.tableFindings.prefix(3))")
            #expect(report.narrativeFindings.isEmpty, "\(file.entry.path): \(report.narrativeFindings.prefix(3))")
            #expect(report.skipped.isEmpty, "\(file.entry.path): \(report.skipped.prefix(3))")
        }
    }

    /// Each department's tables carry its own unit and year in their meta rows, in the
    /// 2025 template's ASCII-colon form where it applies.
    @Test(arguments: TestCorpus.seeds)
    func metaRowsNameEachDepartment(seed: UInt64) throws {
        for file in try TestCorpus.files(seed: seed) where file.entry.expectedFailure == nil {
            let departments = ParsedDepartment.split(try DocumentReader.read(file.bytes))
            #expect(departments.count == file.entry.departments.count, "\(file.entry.path)")
            for (parsed, entry) in zip(departments, file.entry.departments) {
                let colon = entry.year == 2025 ? ":" : "："
                for table in parsed.tables where table.kind.isBudgetTable {
                    #expect(table.meta?.texts == [entry.unit, "预算年度\(colon)\(entry.year)", "单位\(colon)万元"],
                            "\(file.entry.path) \(table.title)")
                }
                #expect(parsed.tables.map(\.title) == entry.tables, "\(file.entry.path)")
                let summaryRows = parsed.table(.budgetSummary)?.dataRows.count
                #expect(summaryRows == (entry.year == 2025 ? 34 : 33), "\(file.entry.path)")
            }
        }
    }
}

/// The checks above are not vacuous: one cent changed in a table, or a figure of the text,
/// is found.
@Suite struct ValidationSensitivityTests {
    static func firstGoodDocument() throws -> BudgetDocument {
        let file = try #require(try TestCorpus.files(seed: 1).first { $0.entry.expectedFailure == nil })
        return try DocumentReader.read(file.bytes)
    }

    @Test func aCentOffInALeafIsFound() throws {
        var document = try Self.firstGoodDocument()
        let table = try #require(document.tables.firstIndex { $0.kind == .incomeSummary })
        let row = try #require(document.tables[table].dataRows.firstIndex { ($0.cells[1].text).count == 7 })
        let cell = document.tables[table].dataRows[row].cells[3].text
        let value = try #require(Cents(parsing: cell))
        document.tables[table].dataRows[row].cells[3].text = (value + Cents(1)).description
        #expect(!BudgetValidator.validate(document).tableFindings.isEmpty)
    }

    @Test func aWrongTotalInTheTextIsFound() throws {
        var document = try Self.firstGoodDocument()
        let index = try #require(document.narrative.firstIndex { $0.text.hasPrefix("部门全年预算数") })
        document.narrative[index].text = "部门全年预算数0.01万元。"
        #expect(BudgetValidator.validate(document).narrativeFindings.count == 1)
    }
}
