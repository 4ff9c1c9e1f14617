import ArgumentParser
import BudgetBatch
import BudgetCore
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the budget arithmetic of exports and say exactly what does not add up.",
        discussion: "Exit 0 when the tables are consistent, 1 when a table finding exists or some inputs failed (findings about the 情况说明 text are reported but do not change the exit code), 65 when no input is a budget export, 66 when inputs are missing.")

    @OptionGroup var input: InputOptions
    @OptionGroup var report: ReportOptions

    func run() throws {
        let jobs: [ConversionJob]
        do {
            jobs = try InputCollector.jobs(for: try input.paths(), outputDirectory: URL(fileURLWithPath: "."), checkCollisions: false)
        } catch let error as InputCollector.NoInput {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.noInput)
        }
        let options = try input.decoding.conversion()
        var tableFindings = false
        var failures: [ConversionFailure.Kind] = []
        // Inputs of the same name from different folders are told apart by their full path.
        let names = Dictionary(grouping: jobs, by: \.relativePath)
        for job in jobs {
            let shown = names[job.relativePath, default: []].count > 1 ? job.input.path : job.relativePath
            let export: ConvertedExport
            do throws(ConversionFailure) {
                let data = try InputSourceReader.bytes(of: job)
                do {
                    export = try ConversionPipeline.run([UInt8](data), sourceName: job.input.lastPathComponent,
                                                        options: options)
                } catch {
                    throw ConversionFailure.from(error, file: job.input.path)
                }
            } catch {
                Console.error("error: \(error)")
                failures.append(error.kind)
                continue
            }
            for department in export.departments {
                let unit = department.document.unit ?? ""
                tableFindings = tableFindings || department.report.hasTableFindings
                if report.json {
                    let record = ValidationRecord(input: shown, unit: unit, report: department.report)
                    if let data = try? ManifestStore.encoder.encode(record) { Console.output(String(decoding: data, as: UTF8.self)) }
                } else {
                    printReadable(department.report, input: shown, unit: unit)
                }
            }
        }
        let code = ExitCodes.code(failures: failures, documents: jobs.count, findings: tableFindings)
        if code != ExitCodes.ok { throw ExitCode(code) }
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
