import BudgetBatch
import BudgetCore
import Foundation

/// Where the time of conversion goes, document by document on one thread, measured inside
/// the production path (DocumentProcessor → ConversionPipeline → WorkbookWriter): reading
/// the file, parsing (decode, tokenize, recognise, assemble), laying out, validating,
/// writing the workbooks. Throughput with 1 and 2 jobs and peak memory come from
/// `scripts/benchmark`, which times whole `convert` runs.
/// `budget2xlsx-bench dump CORPUS_FOLDER REPLAY_FILE` instead writes the workbooks' libxlsxwriter
/// calls for the C floor (ReplayDump).
@main
struct PhaseBenchmark {
    static func main() throws {
        AllocatorTuning.keepFreedMemoryForReuse()
        var arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "dump" {
            arguments = arguments.dropFirst()
            guard arguments.count == 2, let folder = arguments.first, let replay = arguments.last else { usage() }
            try dump(folder, to: replay)
            return
        }
        guard let folder = arguments.first else { usage() }
        let output = URL(fileURLWithPath: arguments.dropFirst().first ?? NSTemporaryDirectory() + "budget2xlsx-bench")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let jobs = try InputCollector.jobs(for: [folder], outputDirectory: output)
        let processor = DocumentProcessor(options: .init(outputDirectory: output, force: true))

        var phases = PhaseTimes()
        var bytes = 0
        var failed = 0
        for job in jobs {
            let record = processor.process(job, previous: nil, phases: &phases)
            if record.status == .failed {
                failed += 1
                FileHandle.standardError.write(Data("failed: \(job.relativePath): \(record.error?.message ?? "")\n".utf8))
            }
            bytes += (try? FileManager.default.attributesOfItem(atPath: job.input.path)[.size] as? Int) ?? 0
            for written in record.outputs { try? FileManager.default.removeItem(at: output.appendingPathComponent(written.path)) }
        }
        let documents = jobs.count
        let rows: [(String, Double)] = [("read file", phases.read), ("parse", phases.parse), ("lay out", phases.layout),
                                        ("validate", phases.validate), ("write xlsx", phases.write)]
        let total = rows.reduce(0) { $0 + $1.1 }
        print("documents: \(documents) (\(failed) failed), input: \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, allocator: \(AllocatorTuning.allocator)")
        print(String(format: "single thread: %.1f documents/s, %.2f MB/s", Double(documents) / total, Double(bytes) / 1_048_576 / total))
        print(String(format: "validation adds %.1f%% to the conversion time", 100 * phases.validate / max(total - phases.validate, 1e-9)))
        for (phase, seconds) in rows {
            let name = phase.padding(toLength: 11, withPad: " ", startingAt: 0)
            print(name + String(format: "%8.3f s  %5.1f%%  %6.2f ms/document", seconds,
                                100 * seconds / max(total, 1e-9), 1000 * seconds / Double(max(documents, 1))))
        }
        // A benchmark of failures measures nothing: say so with the exit code.
        if failed > 0 { exit(1) }
    }

    static func usage() -> Never {
        FileHandle.standardError.write(Data("usage: budget2xlsx-bench CORPUS_FOLDER [OUTPUT_FOLDER]\n       budget2xlsx-bench dump CORPUS_FOLDER REPLAY_FILE\n".utf8))
        exit(64)
    }

    /// Every department workbook of every document in the folder, as one replay file.
    static func dump(_ folder: String, to replay: String) throws {
        let jobs = try InputCollector.jobs(for: [folder], outputDirectory: URL(fileURLWithPath: NSTemporaryDirectory()))
        var dump = ReplayDump()
        var workbooks = 0
        for job in jobs {
            let export = try ConversionPipeline.run([UInt8](try Data(contentsOf: job.input)), sourceName: job.input.lastPathComponent,
                                                    options: ConversionOptions())
            for department in export.departments {
                dump.add(department.layout)
                workbooks += 1
            }
        }
        try Data(dump.bytes).write(to: URL(fileURLWithPath: replay))
        print("\(jobs.count) documents, \(workbooks) workbooks → \(replay)")
    }
}
