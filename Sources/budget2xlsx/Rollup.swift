import ArgumentParser
import BudgetBatch
import BudgetCore
import Foundation

struct Rollup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write DIR/汇总.xlsx from the manifests in DIR (manifest.jsonl and every shard's manifest-I-of-N.jsonl).")

    @Argument(help: "The output folder of one or more convert runs.")
    var folder: String

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        let manifests = (try? ManifestStore.manifests(in: url)) ?? []
        guard !manifests.isEmpty else {
            Console.error("error: no manifest*.jsonl in \(folder)")
            throw ExitCode(ExitCodes.noInput)
        }
        let rollup = try RunReports.writeRollup(from: manifests, in: url)
        Console.output("\(rollup.url.path): \(rollup.documents) documents")
    }
}
