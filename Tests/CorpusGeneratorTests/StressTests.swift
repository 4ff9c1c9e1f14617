import BudgetCore
import CorpusGenerator
import Foundation
import Testing

/// Opt-in: `CORPUS_STRESS=2000 swift test --filter StressTests` checks that many files of a
/// large corpus (seed `CORPUS_SEED`, default 99) the way ParsingTests, BrokenFileTests and
/// FiguresTests check the small ones, and lists every problem found.
@Suite struct StressTests {
    static let count = Int(ProcessInfo.processInfo.environment["CORPUS_STRESS"] ?? "") ?? 0
    static let seed = UInt64(ProcessInfo.processInfo.environment["CORPUS_SEED"] ?? "") ?? 99

    static func problems(_ file: GeneratedFile) -> [String] {
        let path = file.entry.path
        if let kind = file.entry.expectedFailure, kind != .truncated {
            do {
                _ = try DocumentReader.read(file.bytes)
                return ["\(path): \(kind) file was read"]
            } catch {
                switch (kind, error) {
                case (.empty, .decoding(.empty)), (.binary, .decoding(.binary)), (.invalidBytes, .decoding(.invalidBytes)),
                     (.noTable, .noTable):
                    return []
                default: return ["\(path): \(kind) file failed as \(error)"]
                }
            }
        }
        let document: BudgetDocument
        do {
            document = try DocumentReader.read(file.bytes)
        } catch {
            return ["\(path): \(error)"]
        }
        if file.entry.expectedFailure == .truncated {
            let lines = document.allWarnings.filter { $0.message.hasPrefix("the file ends inside this table") }.map(\.line)
            return lines == [file.entry.truncatedRowLine].compactMap { $0 } ? [] : ["\(path): truncated: \(document.allWarnings)"]
        }
        var found: [String] = []
        if !document.allWarnings.isEmpty { found.append("\(path): warnings \(document.allWarnings.prefix(3))") }
        let tables = document.tables.map(ExpectedTable.init)
        if tables != file.expectedTables {
            let first = zip(tables, file.expectedTables).first { $0 != $1 }
            found.append("\(path): tables differ, first at \(first.map { $0.0.title } ?? "count")")
        }
        if document.narrative.map(\.text) != file.expectedParagraphs { found.append("\(path): narrative differs") }
        let report = BudgetValidator.validate(document)
        if !report.findings.isEmpty { found.append("\(path): findings \(report.findings.prefix(3))") }
        if !report.skipped.isEmpty { found.append("\(path): skipped \(report.skipped.prefix(3))") }
        let figures = ParsedDepartment.split(document).map(\.figures)
        if figures != file.entry.departments.map({ Optional($0.figures) }) { found.append("\(path): figures differ") }
        return found
    }

    @Test(.enabled(if: count > 0)) func largeCorpus() throws {
        let side = max(1, Int(Double(Self.count).squareRoot()))
        let generator = CorpusGenerator(counties: side, departmentsPerCounty: (Self.count + side - 1) / side, seed: Self.seed,
                                        options: CorpusOptions(brokenFraction: 0.05, multiDepartmentFraction: 0.1))
        var problems: [String] = []
        for index in 0..<generator.fileCount {
            problems += Self.problems(try generator.file(at: index))
        }
        #expect(problems.isEmpty, "\(problems.count) problems: \(problems.prefix(20).joined(separator: "\n"))")
    }
}
