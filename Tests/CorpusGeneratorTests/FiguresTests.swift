import BudgetCore
import CorpusGenerator
import Testing

/// The manifest's key figures are the ones in the tables, so a roll-up can be computed
/// from the manifest alone.
@Suite struct FiguresTests {
    @Test(arguments: TestCorpus.seeds)
    func manifestFiguresEqualParsedTables(seed: UInt64) throws {
        for file in try TestCorpus.files(seed: seed) where file.entry.expectedFailure == nil {
            let departments = ParsedDepartment.split(try DocumentReader.read(file.bytes))
            #expect(departments.map(\.figures) == file.entry.departments.map { Optional($0.figures) }, "\(file.entry.path)")
        }
    }

    @Test func figuresAreConsistent() throws {
        for file in try TestCorpus.files(seed: 2) {
            for department in file.entry.departments {
                let f = department.figures
                #expect(f.incomeTotal == f.currentIncome + f.carryOver)
                #expect(f.currentIncome == f.incomeBySource.columns.reduce(0, +))
                #expect(f.expenditureTotal == f.incomeTotal)
                #expect(f.expenditureTotal == f.basicExpenditure + f.projectExpenditure)
                #expect(f.basicExpenditure == f.personnel + f.publicFunds)
                #expect(f.threePublic <= f.publicFunds)
            }
        }
    }

    /// A county roll-up from the manifest equals the one from the parsed files.
    @Test func rollUpFromManifestMatchesParsedFiles() throws {
        let files = try TestCorpus.files(seed: 7).filter { $0.entry.expectedFailure == nil }
        var fromManifest: [String: Int64] = [:], fromTables: [String: Int64] = [:]
        for file in files {
            fromManifest[file.entry.county, default: 0] += file.entry.departments.reduce(0) { $0 + $1.figures.incomeTotal }
            let parsed = ParsedDepartment.split(try DocumentReader.read(file.bytes))
            fromTables[file.entry.county, default: 0] += parsed.reduce(0) { $0 + ($1.figures?.incomeTotal ?? 0) }
        }
        #expect(!fromManifest.isEmpty)
        #expect(fromManifest == fromTables)
    }

    /// Corpora vary: years, both templates, encodings, line ends, quirks and table counts.
    @Test func corpusVaries() throws {
        let generator = CorpusGenerator(counties: 6, departmentsPerCounty: 10, seed: 11,
                                        options: CorpusOptions(brokenFraction: 0.1, multiDepartmentFraction: 0.2))
        let entries = try (0..<generator.fileCount).map { try generator.file(at: $0).entry }
        let departments = entries.flatMap(\.departments)
        #expect(Set(departments.map(\.year)) == Set(2021...2025))
        #expect(Set(entries.map(\.encoding)) == [.utf8, .utf8BOM, .gb18030, .utf16LE])
        #expect(Set(entries.map(\.lineEnding)) == Set(LineEnding.allCases))
        #expect(Set(entries.flatMap(\.quirks)) == Set(CorpusQuirk.allCases))
        #expect(entries.filter { $0.encoding == .gb18030 }.allSatisfy { $0.lineEnding == .crlf })
        #expect(entries.contains { $0.county.hasPrefix("county-") } && entries.contains { !$0.county.hasPrefix("county-") })
        #expect(entries.contains { $0.path.hasSuffix(".TXT") })
        let rows = departments.map(\.functionRows)
        #expect(rows.allSatisfy { (3...60).contains($0) } && rows.contains { $0 > 30 } && rows.contains { $0 < 10 })
        let targets = departments.map(\.performanceTargets)
        #expect(targets.allSatisfy { (0...12).contains($0) } && targets.contains(0) && targets.contains { $0 >= 8 })
        #expect(departments.contains { $0.procurementRows > 0 } && departments.contains { $0.procurementRows == 0 })
        #expect(departments.contains { $0.figures.threePublic > 0 } && departments.contains { $0.figures.threePublic == 0 })
        #expect(departments.contains { $0.figures.incomeBySource.fiscalGrant < $0.figures.currentIncome })
        #expect(departments.contains { $0.figures.carryOver > 0 })
        #expect(entries.filter { $0.departments.count == 2 }.count == 11)  // round(0.2 × 54)
    }
}
