import ArgumentParser
import BudgetVerification
import Foundation

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Read a workbook back and prove it faithful to its source export.",
        discussion: "Exit 0 when faithful, 1 on any difference, 65 when the source is not a budget export or holds no department of the workbook's unit, 66 when the workbook or the source is missing or unreadable.")

    @Argument(help: "The converted workbook (.xlsx).")
    var book: String

    @Option(name: .long, help: "The export it was converted from (for a file holding several departments, the workbook's own is found by its unit).")
    var source: String

    @OptionGroup var decoding: DecodingOptions

    func run() throws {
        let options = try decoding.conversion()
        let report: WorkbookVerifier.Report
        do {
            report = try WorkbookVerifier.verify(book: URL(fileURLWithPath: book), source: URL(fileURLWithPath: source),
                                                 options: options)
        } catch {
            Console.error("error: \(error)")
            switch error.kind {
            case .missing, .unreadable: throw ExitCode(ExitCodes.noInput)
            case .notAnExport: throw ExitCode(ExitCodes.notAnExport)
            }
        }
        if report.isFaithful {
            print("\(book): faithful to \(source) (\(report.sheetCount) sheets)")
            return
        }
        for difference in report.differences { print("\(book): \(difference)") }
        Console.error("\(report.differences.count) difference\(report.differences.count == 1 ? "" : "s")")
        throw ExitCode(ExitCodes.someFailed)
    }
}
