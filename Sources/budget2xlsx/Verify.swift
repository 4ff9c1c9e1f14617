import ArgumentParser
import BudgetVerification
import Foundation

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a workbook back and prove it faithful to its source export (exit 1 on any difference).")

    @Argument(help: "The converted workbook (.xlsx).")
    var book: String

    @Option(name: .long, help: "The text export it was converted from.")
    var source: String

    @Flag(help: "Decode the source as convert --lossy does.")
    var lossy = false

    func run() throws {
        let report: WorkbookVerifier.Report
        do {
            report = try WorkbookVerifier.verify(book: URL(fileURLWithPath: book), source: URL(fileURLWithPath: source), lossy: lossy)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.someFailed)
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
