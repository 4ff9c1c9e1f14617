import BudgetBatch
import BudgetCore
import Foundation
import XlsxWriterKit

/// Where the time of one conversion goes, document by document on one thread: reading the
/// file, parsing (decode, tokenize, recognise, assemble), laying out, validating, writing
/// the workbook. The throughput with 1 and 2 jobs and the peak memory come from
/// `scripts/benchmark`, which times whole `convert` runs.
@main
struct PhaseBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        if let count = ProcessInfo.processInfo.environment["VALIDATE_ONLY"].flatMap(Int.init), let file = arguments.first {
            // Profiling aid: validate one document many times.
            let document = try DocumentReader.read([UInt8](Data(contentsOf: URL(fileURLWithPath: file))))
            for _ in 0..<count { _ = BudgetValidator.validate(document) }
            return
        }
        guard let folder = arguments.first else {
            FileHandle.standardError.write(Data("usage: budget2xlsx-bench CORPUS_FOLDER [OUTPUT_FOLDER]\n".utf8))
            exit(64)
        }
        let output = URL(fileURLWithPath: arguments.dropFirst().first ?? NSTemporaryDirectory() + "budget2xlsx-bench")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let jobs = try InputCollector.jobs(for: [folder], outputDirectory: output)

        var phases = [String: Double]()
        var bytes = 0
        var documents = 0
        var failed = 0
        func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now()
            defer { phases[phase, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
            return try body()
        }
        for job in jobs {
            guard let data = try? timed("read file", { try Data(contentsOf: job.input) }) else { failed += 1; continue }
            bytes += data.count
            guard let document = try? timed("parse", { try DocumentReader.read([UInt8](data)) }) else { failed += 1; continue }
            for (index, department) in DepartmentSplitter.split(document).enumerated() {
                let layout = timed("lay out") { WorkbookPlanner.plan(department, sourceName: job.input.lastPathComponent) }
                _ = timed("validate") { BudgetValidator.validate(department) }
                let url = output.appendingPathComponent("bench-\(documents)-\(index).xlsx")
                do {
                    try timed("write xlsx") { try WorkbookWriter.write(layout, to: url) }
                } catch {
                    failed += 1
                }
                try? FileManager.default.removeItem(at: url)
            }
            documents += 1
        }
        let total = phases.values.reduce(0, +)
        print("documents: \(documents) (\(failed) failed), input: \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB")
        print(String(format: "single thread: %.1f documents/s, %.2f MB/s", Double(documents) / total, Double(bytes) / 1_048_576 / total))
        let withoutValidation = total - (phases["validate"] ?? 0)
        print(String(format: "validation adds %.1f%% to the conversion time", 100 * (phases["validate"] ?? 0) / max(withoutValidation, 1e-9)))
        for phase in ["read file", "parse", "lay out", "validate", "write xlsx"] {
            let seconds = phases[phase] ?? 0
            let name = phase.padding(toLength: 11, withPad: " ", startingAt: 0)
            print(name + String(format: "%8.3f s  %5.1f%%  %6.2f ms/document", seconds,
                                100 * seconds / max(total, 1e-9), 1000 * seconds / Double(max(documents, 1))))
        }
    }
}
