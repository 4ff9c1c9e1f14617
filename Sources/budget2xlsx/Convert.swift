import ArgumentParser
import BudgetConversion
import Foundation

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert text exports (files or folders of .txt) into .xlsx workbooks, one sheet per table.")

    @Argument(help: "Export files, or folders searched recursively for .txt files.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Folder for the workbooks; the input tree is mirrored below it.")
    var output: String = "Output"

    @Flag(help: "Replace bytes that are not valid text with U+FFFD (and warn) instead of failing.")
    var lossy = false

    @Flag(name: .shortAndLong, help: "Print every warning, with its line.")
    var verbose = false

    func run() throws {
        let outputDirectory = URL(fileURLWithPath: output)
        let jobs: [ConversionJob]
        do {
            jobs = try InputCollector.jobs(for: inputs, outputDirectory: outputDirectory)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitCodes.noInput)
        }
        var failed = 0
        for job in jobs {
            do {
                let result = try DocumentConverter.convert(job.input, to: job.output, options: .init(lossy: lossy))
                let warnings = result.warnings
                print("\(job.relativePath): \(result.document.tables.count) tables, \(warnings.count) warning\(warnings.count == 1 ? "" : "s") → \(job.output.path)")
                if verbose {
                    for warning in warnings { Console.error("  warning: \(job.input.path):\(warning.line): \(warning.message)") }
                }
            } catch {
                failed += 1
                Console.error("error: \(error)")
            }
        }
        if failed > 0 {
            Console.error("\(failed) of \(jobs.count) document\(jobs.count == 1 ? "" : "s") failed")
            throw ExitCode(ExitCodes.someFailed)
        }
    }
}
