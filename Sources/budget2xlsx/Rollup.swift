import ArgumentParser
import BudgetConversion
import BudgetCore
import Foundation

struct Rollup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write DIR/汇总.xlsx from the manifests in DIR (manifest.jsonl and every shard's manifest-I-of-N.jsonl).")

    @Argument(help: "The output folder of one or more convert runs.")
    var folder: String

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        let records: [ManifestRecord]
        do {
            records = try ManifestStore.loadAll(in: url)
        } catch {
            Console.error("error: cannot read the manifests in \(folder): \(error.localizedDescription)")
            throw ExitCode(ExitCodes.noInput)
        }
        guard !records.isEmpty else {
            Console.error("error: no manifest*.jsonl records in \(folder)")
            throw ExitCode(ExitCodes.noInput)
        }
        let rollup = try RunReports.writeRollup(records, in: url)
        Console.output("\(rollup.path): \(records.count) documents")
    }
}
