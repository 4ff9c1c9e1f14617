import ArgumentParser
import BudgetConversion
import BudgetCore
import Foundation

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert text exports (files or folders of .txt) into .xlsx workbooks, one sheet per table.",
        discussion: "Exit codes: 0 all converted, 1 some documents failed, 64 usage error, 66 no input found, 73 output folder not writable, 130 interrupted (the next run resumes).")

    @Argument(help: "Export files, or folders searched recursively for .txt files (any letter case).")
    var inputs: [String] = []

    @Option(name: .long, help: "Read more input paths from this file, one per line ('-' for standard input).")
    var filesFrom: String?

    @Option(name: .shortAndLong, help: "Folder for the workbooks; the input tree is mirrored below it.")
    var output: String = "Output"

    @Option(name: .shortAndLong, help: "Documents converted in parallel (the default is the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Convert again even when the workbook is up to date.")
    var force = false

    @Flag(help: "Treat table findings of the validator as a failed document.")
    var strict = false

    @Flag(help: "Print one JSON line per document on standard output.")
    var json = false

    @Flag(help: "Replace bytes that are not valid text with U+FFFD (and warn) instead of failing.")
    var lossy = false

    @Option(help: "Convert only shard I of N (stable hash of the relative path); with --shard-count.")
    var shardIndex: Int?

    @Option(help: "Number of shards; with --shard-index.")
    var shardCount: Int?

    @Flag(name: .shortAndLong, help: "Print every warning and finding, with its line.")
    var verbose = false

    @Option(help: "Read every document with this template family (see `budget2xlsx templates`) instead of detecting it.")
    var template: String?

    @Option(help: "Folder of your own template family files (JSON, see docs/catalog.md), added to the built-in ones.")
    var templates: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if (shardIndex == nil) != (shardCount == nil) {
            throw ValidationError("--shard-index and --shard-count go together")
        }
        if let index = shardIndex, let count = shardCount, ShardSelector(index: index, count: count) == nil {
            throw ValidationError("--shard-index must be in 0..<--shard-count")
        }
        if inputs.isEmpty && filesFrom == nil { throw ValidationError("give files or folders to convert, or --files-from") }
    }

    func run() throws {
        let outputDirectory = URL(fileURLWithPath: output)
        var paths = inputs
        if let filesFrom { paths += try InputList.read(filesFrom) }
        let shard = shardIndex.flatMap { index in shardCount.flatMap { ShardSelector(index: index, count: $0) } }

        var jobs: [ConversionJob]
        do {
            jobs = try InputCollector.jobs(for: paths, outputDirectory: outputDirectory)
        } catch let collision as InputCollector.OutputCollision {
            Console.error("error: \(collision)")
            throw ExitCode(ExitCodes.usage)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.noInput)
        }
        if let shard { jobs = jobs.filter { shard.contains($0.relativePath) } }
        do {
            try OutputFolder.prepare(outputDirectory)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.cannotWrite)
        }
        StaleTemporaryFiles.remove(under: outputDirectory)
        let manifest: ManifestStore
        do {
            manifest = try ManifestStore(url: outputDirectory.appendingPathComponent(shard?.manifestName ?? "manifest.jsonl"))
        } catch {
            Console.error("error: cannot write the manifest in \(outputDirectory.path): \(error.localizedDescription)")
            throw ExitCode(ExitCodes.cannotWrite)
        }

        let catalog: FamilyCatalog
        do {
            catalog = try FamilyFiles.catalog(folder: templates, forced: template)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(ExitCodes.usage)
        }
        let processor = DocumentProcessor(options: .init(outputDirectory: outputDirectory, lossy: lossy, force: force, strict: strict,
                                                         catalog: catalog))
        let runner = BatchRunner(processor: processor, manifest: manifest, workers: self.jobs)
        let signals = SignalTrap { runner.cancel() }
        let progress = ProgressReporter(total: jobs.count)
        let lines = DocumentLines(json: json, verbose: verbose, outputDirectory: outputDirectory)
        let summary = runner.run(jobs) { record, summary in
            lines.print(record)
            progress.update(summary)
        }
        signals.release()

        try manifest.finish()
        if shard == nil {
            let rollup = try RunReports.writeRollup(from: [manifest.url], in: outputDirectory)
            if !json { Console.error("roll-up: \(rollup.url.path)") }
        }
        let reportName = shard.map { "校验报告-\($0.index)-of-\($0.count).xlsx" } ?? FindingsReportBuilder.fileName
        if let report = try RunReports.writeFindingsReport(from: [manifest.url], in: outputDirectory, name: reportName), !json {
            Console.error("findings report: \(report.path)")
        }
        Console.error(SummaryLine.text(summary))
        if summary.cancelled { throw ExitCode(ExitCodes.interrupted) }
        if summary.failed > 0 { throw ExitCode(ExitCodes.someFailed) }
    }
}
