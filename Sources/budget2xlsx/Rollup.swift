import ArgumentParser
import BudgetBatch
import BudgetCore
import Foundation

struct Rollup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Write DIR/汇总.xlsx from the manifests in DIR (manifest.jsonl and every shard's manifest-I-of-N.jsonl).",
        discussion: "Exit 0 when every manifest line was read, 1 when some line could not be read (each is named; the roll-up holds the rest), 66 when DIR holds no manifest, 73/74 when the roll-up cannot be written.")

    @Argument(help: "The output folder of one or more convert runs.")
    var folder: String

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        let manifests = (try? ManifestStore.manifests(in: url)) ?? []
        guard !manifests.isEmpty else {
            Console.error("error: no manifest*.jsonl in \(folder)")
            throw ExitCode(ExitCodes.noInput)
        }
        let rollup = try RollupReport.write(from: manifests, in: url)
        Console.output("\(rollup.url.path): \(rollup.documents) documents")
        if !rollup.damaged.isEmpty { throw ExitCode(ExitCodes.someFailed) }
    }
}

/// Writes the roll-up for convert and rollup alike, naming every manifest line left out.
enum RollupReport {
    static func write(from manifests: [URL], in folder: URL, findingsReport: String? = nil,
                      finished: Bool = false) throws -> RunReports.Rollup {
        let rollup: RunReports.Rollup
        do {
            rollup = try RunReports.writeRollup(from: manifests, in: folder, findingsReport: findingsReport, finished: finished)
        } catch let error as ConversionFailure {
            Console.error("error: \(error)")
            throw ExitCode(error.kind)
        } catch {
            Console.error("error: cannot read the manifests in \(folder.path): \(error.localizedDescription)")
            throw ExitCode(ExitCodes.noInput)
        }
        for line in rollup.damaged { Console.error("error: \(line); this document is not in the roll-up") }
        return rollup
    }
}
