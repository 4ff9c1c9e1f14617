import ArgumentParser
import BudgetBatch
import BudgetCore
import Foundation

struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert budget exports (files, folders or zips) into .xlsx workbooks, one sheet per table.",
        discussion: "Exit codes: 0 all converted, 1 some documents failed, 64 usage error, 65 no input is a budget export, 66 inputs missing or unreadable, 73 output cannot be created, 74 I/O error while writing, 130 interrupted (the next run resumes). When every document failed for the same reason, that reason's code is given.")

    @OptionGroup var input: InputOptions
    @OptionGroup var report: ReportOptions

    @Option(name: .shortAndLong, help: "Folder for the workbooks; the input tree is mirrored below it.")
    var output: String = "Output"

    @Option(name: .shortAndLong, help: "Documents converted in parallel (the default is the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Convert again even when the workbook is up to date.")
    var force = false

    @Flag(help: "Treat table findings of the validator as a failed document.")
    var strict = false

    @Option(help: "Convert only shard I of N (stable hash of the relative path); with --shard-count.")
    var shardIndex: Int?

    @Option(help: "Number of shards; with --shard-index.")
    var shardCount: Int?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if (shardIndex == nil) != (shardCount == nil) {
            throw ValidationError("--shard-index and --shard-count go together")
        }
        if let index = shardIndex, let count = shardCount, ShardSelector(index: index, count: count) == nil {
            throw ValidationError("--shard-index must be in 0..<--shard-count")
        }
    }

    func run() async throws {
        AllocatorTuning.keepFreedMemoryForReuse()
        let outputDirectory = URL(fileURLWithPath: output)
        let shard = shardIndex.flatMap { index in shardCount.flatMap { ShardSelector(index: index, count: $0) } }
        var jobs = try collectJobs(outputDirectory: outputDirectory)
        if let shard { jobs = jobs.filter { shard.contains($0.relativePath) } }
        do {
            try OutputFolder.prepare(outputDirectory)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.cannotCreate)
        }
        let manifestURL = outputDirectory.appendingPathComponent(shard?.manifestName ?? "manifest.jsonl")
        let lock: ManifestLock
        do {
            lock = try ManifestLock(manifest: manifestURL) {
                Console.error("waiting: another budget2xlsx run is writing \(manifestURL.path); this one starts when it ends")
            }
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.cannotCreate)
        }
        defer { withExtendedLifetime(lock) {} }
        StaleTemporaryFiles.remove(under: outputDirectory)
        let manifest: ManifestStore
        do {
            manifest = try ManifestStore(url: manifestURL)
        } catch {
            Console.error("error: cannot write the manifest \(manifestURL.path): \(error.localizedDescription)")
            throw ExitCode(ExitCodes.cannotCreate)
        }

        let processor = DocumentProcessor(options: .init(outputDirectory: outputDirectory, conversion: try input.decoding.conversion(),
                                                         force: force, strict: strict))
        let stop = StopRequest()
        let signals = SignalTrap { stop.request() }
        let progress = ProgressReporter(total: jobs.count)
        let lines = DocumentLines(json: report.json, verbose: report.verbose, outputDirectory: outputDirectory)
        let summary = await BatchRunner(processor: processor, workers: self.jobs).run(jobs, manifest: manifest, stop: stop) {
            record, summary in
            lines.print(record)
            progress.update(summary)
        }
        signals.release()
        for error in summary.manifestErrors { Console.error("error: cannot record a document in the manifest: \(error)") }

        try writeReports(manifest: manifest, shard: shard, outputDirectory: outputDirectory)
        Console.error(SummaryLine.text(summary))
        if summary.cancelled { throw ExitCode(ExitCodes.interrupted) }
        let code = ExitCodes.code(failures: summary.failureKinds, documents: summary.total)
        if code != ExitCodes.ok { throw ExitCode(code) }
    }

    private func collectJobs(outputDirectory: URL) throws -> [ConversionJob] {
        do {
            return try InputCollector.jobs(for: try input.paths(), outputDirectory: outputDirectory)
        } catch let collision as InputCollector.OutputCollision {
            Console.error("error: \(collision)")
            throw ExitCode(ExitCodes.usage)
        } catch let none as InputCollector.NoInput {
            Console.error("error: \(none)")
            throw ExitCode(ExitCodes.noInput)
        }
    }

    /// The sorted manifest, the roll-up (unsharded runs) and the findings report.
    private func writeReports(manifest: ManifestStore, shard: ShardSelector?, outputDirectory: URL) throws {
        do {
            try manifest.finish()
        } catch {
            Console.error("error: cannot finish the manifest \(manifest.url.path): \(error.localizedDescription)")
            throw ExitCode(ExitCodes.ioError)
        }
        do {
            // Unsharded, one reading of the manifest makes both reports (it is sorted, one line an input, by now).
            let findings: URL?
            if let shard {
                findings = try RunReports.writeFindingsReport(from: [manifest.url], in: outputDirectory,
                                                              name: "校验报告-\(shard.index)-of-\(shard.count).xlsx")
            } else {
                let rollup = try RollupReport.write(from: [manifest.url], in: outputDirectory, findingsReport: FindingsReportBuilder.fileName,
                                                      finished: true)
                if !report.json { Console.error("roll-up: \(rollup.url.path)") }
                findings = rollup.findingsReport
            }
            if let findings, !report.json { Console.error("findings report: \(findings.path)") }
        } catch let failure as ConversionFailure {
            Console.error("error: \(failure)")
            throw ExitCode(failure.kind)
        }
    }
}
