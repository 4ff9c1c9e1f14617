import BudgetBatch
import BudgetCore
import BudgetVerification
import CorpusGenerator
import Foundation
import Testing
import XlsxReaderKit

/// A generated province: 1,050 documents in 21 county folders, some broken, some holding two
/// departments, converted in one command.
@Suite(.serialized) struct CorpusBatchTests {
    static let counties = 21
    static let perCounty = 50

    struct Run {
        var input: URL
        var output: URL
        var corpus: CorpusManifest
        var result: CLI.Result
        var records: [ManifestRecord]
    }

    static let run: Result<Run, Error> = Result {
        let base = try TemporaryFolder.make()
        let input = base.appendingPathComponent("province")
        let corpus = try CorpusGenerator(counties: counties, departmentsPerCounty: perCounty, seed: 2026,
                                         options: CorpusOptions(brokenFraction: 0.01, multiDepartmentFraction: 0.02))
            .write(into: input)
        let output = base.appendingPathComponent("out")
        let result = try CLI.run(["convert", input.path, "-o", output.path, "--jobs", "2"])
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        return Run(input: input, output: output, corpus: corpus, result: result, records: records)
    }

    @Test func everyDocumentIsAccountedForAndTheTreeIsMirrored() throws {
        let run = try Self.run.get()
        #expect(run.corpus.files.count == 1_050)
        #expect(Set(run.corpus.files.map(\.county)).count == 21)
        #expect(run.result.status == 1)  // the broken files
        #expect(run.records.map(\.input) == run.corpus.files.map(\.path).sorted())
        for file in run.corpus.files {
            guard let record = run.records.first(where: { $0.input == file.path }) else { continue }
            switch file.expectedFailure {
            case .some(.truncated):
                #expect(record.status == .converted, "\(file.path)")
                #expect(record.warnings.contains { $0.contains("the file ends inside this table") }, "\(file.path)")
            case .some(let kind):
                let expected = ["empty": "empty", "binary": "binary", "invalidBytes": "encoding", "noTable": "noTable"][kind.rawValue]
                #expect(record.status == .failed && record.error?.kind == expected, "\(file.path)")
                #expect(run.result.stderr.contains("error: \(file.path)"))
            case .none:
                #expect(record.status == .converted, "\(file.path): \(record.error?.message ?? "")")
                #expect(record.outputs.count == file.departments.count, "\(file.path)")
                #expect(record.warnings.isEmpty && record.findings.isEmpty, "\(file.path): \(record.warnings) \(record.findings.map(\.message))")
                let stem = String(file.path.dropLast(4))
                if file.departments.count == 1 { #expect(record.outputs.first?.path == stem + ".xlsx") }
            }
        }
    }

    @Test func rollupFiguresEqualTheGeneratedBudgets() throws {
        let run = try Self.run.get()
        let book = try ReadWorkbook.read(contentsOf: run.output.appendingPathComponent("汇总.xlsx"))
        let sheet = try #require(book.sheets.first)
        let headers = sheet.rowTexts(2)
        func column(_ label: String) throws -> Int { try #require(headers.firstIndex(of: label)) }
        let (income, spending, basic, personnel) = (try column("收入总计"), try column("支出合计"), try column("基本支出"), try column("人员经费"))
        // Every 25th department, recomputed from what the generator wrote into its sources.
        let departments = run.corpus.goodFiles.flatMap { file in file.departments.map { (file, $0) } }
        for (file, department) in stride(from: 0, to: departments.count, by: 25).map({ departments[$0] }) {
            let row = try #require((3...sheet.maxRow).first { row in
                sheet.cell(row: row, column: 1)?.text == department.unitCode && sheet.cell(row: row, column: 2)?.text == department.unitName
            }, "\(file.path)")
            #expect(sheet.cell(row: row, column: 0)?.text == file.county)
            #expect(sheet.cell(row: row, column: income)?.number == Double(department.figures.incomeTotal) / 100)
            #expect(sheet.cell(row: row, column: spending)?.number == Double(department.figures.expenditureTotal) / 100)
            #expect(sheet.cell(row: row, column: basic)?.number == Double(department.figures.basicExpenditure) / 100)
            #expect(sheet.cell(row: row, column: personnel)?.number == Double(department.figures.personnel) / 100)
        }
        let total = try #require((3...sheet.maxRow).last)
        #expect(sheet.cell(row: total, column: 0)?.text == "合计")
        // The grand total covers every converted department, truncated files included.
        let expected = run.records.filter { $0.status != .failed }.flatMap(\.outputs)
            .reduce(Int64(0)) { $0 + ($1.figures.totalIncome?.value ?? 0) }
        #expect(sheet.cell(row: total, column: income)?.number.map { ($0 * 100).rounded() } == Double(expected))
        // And the manifest's figures of every good department are the generator's.
        for file in run.corpus.goodFiles {
            let outputs = run.records.first { $0.input == file.path }?.outputs ?? []
            #expect(outputs.map { $0.figures.totalIncome?.value } == file.departments.map { $0.figures.incomeTotal }, "\(file.path)")
            #expect(outputs.map { $0.figures.projectExpenditure?.value } == file.departments.map { $0.figures.projectExpenditure }, "\(file.path)")
            #expect(outputs.map { $0.figures.publicFunds?.value } == file.departments.map { $0.figures.publicFunds }, "\(file.path)")
            #expect(outputs.map { $0.figures.threePublic?.value } == file.departments.map { $0.figures.threePublic }, "\(file.path)")
            #expect(outputs.map { $0.figures.procurement?.value ?? 0 } == file.departments.map { $0.figures.procurement }, "\(file.path)")
            #expect(outputs.map { $0.figures.carryOver?.value } == file.departments.map { $0.figures.carryOver }, "\(file.path)")
        }
        #expect((3...sheet.maxRow).filter { sheet.cell(row: $0, column: 0)?.text.hasPrefix("小计（") == true }.count == 21)
    }

    @Test func verifyPassesOnGeneratedWorkbooks() throws {
        let run = try Self.run.get()
        let single = run.corpus.goodFiles.filter { $0.departments.count == 1 }
        for file in stride(from: 0, to: single.count, by: 20).map({ single[$0] }) {
            let book = run.output.appendingPathComponent(String(file.path.dropLast(4)) + ".xlsx")
            let report = try WorkbookVerifier.verify(book: book, source: run.input.appendingPathComponent(file.path))
            #expect(report.differences == [], "\(file.path)")
        }
    }
}
