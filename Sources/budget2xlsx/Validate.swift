import ArgumentParser
import BudgetConversion
import BudgetCore
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the budget arithmetic of text exports and say exactly what does not add up.",
        discussion: "Exit 0 when the tables are consistent, 1 when a table finding exists (findings about the 情况说明 text are reported but do not change the exit code), 66 when no input is found.")

    @Argument(help: "Export files or folders.")
    var inputs: [String]

    @Flag(help: "One JSON object per document on standard output.")
    var json = false

    @Flag(help: "Decode as convert --lossy does.")
    var lossy = false

    func run() throws {
        let jobs: [ConversionJob]
        do {
            jobs = try InputCollector.jobs(for: inputs, outputDirectory: URL(fileURLWithPath: "."))
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.noInput)
        }
        var tableFindings = false
        var unreadable = false
        for job in jobs {
            let document: BudgetDocument
            do {
                document = try DocumentConverter.read(job.input, options: .init(lossy: lossy))
            } catch {
                Console.error("error: \(error)")
                unreadable = true
                continue
            }
            for department in DepartmentSplitter.split(document) {
                let report = BudgetValidator.validate(department)
                tableFindings = tableFindings || report.hasTableFindings
                if json {
                    let record = ValidationRecord(input: job.relativePath, unit: department.unit ?? "", report: report)
                    if let data = try? ManifestStore.encoder.encode(record) { Console.output(String(decoding: data, as: UTF8.self)) }
                } else {
                    printReadable(report, input: job.relativePath, unit: department.unit ?? "")
                }
            }
        }
        if tableFindings || unreadable { throw ExitCode(ExitCodes.someFailed) }
    }

    private func printReadable(_ report: ValidationReport, input: String, unit: String) {
        let header = "\(input)\(unit.isEmpty ? "" : " (\(unit))")"
        let counts = "\(report.checksRun) check(s) run, \(report.skipped.count) skipped"
        if report.findings.isEmpty {
            Console.output("\(header): consistent, no finding (\(counts))")
        } else {
            Console.output("\(header): \(report.tableFindings.count) table finding(s), \(report.narrativeFindings.count) in 情况说明 (\(counts))")
        }
        for finding in report.findings {
            let row = [finding.rowSerial.isEmpty ? "" : "序号\(finding.rowSerial)", finding.rowCode, finding.rowLabel]
                .filter { !$0.isEmpty }.joined(separator: " ")
            Console.output("  \(input):\(finding.line): [\(finding.severity == .table ? "表" : "说明")] \(finding.table) › \(row) › \(finding.column): \(finding.identity): expected \(finding.expected), found \(finding.found) (difference \(finding.difference))")
        }
        for skipped in report.skipped { Console.output("  note: \(skipped)") }
    }
}

struct ValidationRecord: Codable {
    var input: String
    var unit: String
    var report: ValidationReport
}
