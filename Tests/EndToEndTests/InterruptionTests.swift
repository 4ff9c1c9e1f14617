import BudgetBatch
import BudgetCore
import Foundation
import Testing
import TestSupport
import XlsxReaderKit

/// A run killed or interrupted mid-way leaves no partial workbook, a consistent manifest,
/// and the rerun finishes the rest without redoing finished documents.
@Suite(.serialized) struct InterruptionTests {
    static func makeCorpus(count: Int) throws -> URL {
        let root = try TemporaryFolder.make().appendingPathComponent("in")
        let sample = Array(try SampleExport.text().utf8)
        for index in 0..<count {
            let url = root.appendingPathComponent(String(format: "county-%02d/dept-%03d.txt", index % 4, index))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(sample).write(to: url)
        }
        return root
    }

    /// Waits until at least `count` workbooks exist under `folder` (or a few seconds pass).
    static func waitForWorkbooks(_ count: Int, in folder: URL) {
        for _ in 0..<200 {
            if BatchTests.files(under: folder).filter({ $0.hasSuffix(".xlsx") }).count >= count { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    static func expectNoPartialWorkbook(in output: URL) throws {
        for path in BatchTests.files(under: output) where path.hasSuffix(".xlsx") {
            #expect(throws: Never.self, "\(path)") { _ = try ReadWorkbook.read(contentsOf: output.appendingPathComponent(path)) }
        }
    }

    @Test func killedRunLeavesNoPartialWorkbookAndRerunFinishesTheRest() throws {
        let input = try Self.makeCorpus(count: 80)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let running = try CLI.start(["convert", input.path, "-o", output.path, "--jobs", "1"])
        Self.waitForWorkbooks(5, in: output)
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()
        #expect(running.process.terminationReason == .uncaughtSignal)

        try Self.expectNoPartialWorkbook(in: output)
        let finished = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        #expect(finished.count >= 4 && finished.count < 80)  // the last workbook may be renamed but not yet recorded
        #expect(finished.allSatisfy { $0.status == .converted })

        let rerun = try CLI.run(["convert", input.path, "-o", output.path, "--jobs", "2"])
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("summary: converted \(80 - finished.count), skipped \(finished.count), failed 0"))
        #expect(BatchTests.files(under: output).filter { $0.hasSuffix(".tmp") } == [])
        #expect(try ManifestStore.load(output.appendingPathComponent("manifest.jsonl")).count == 80)
    }

    @Test func interruptStopsCleanlyAndKeepsTheManifestConsistent() throws {
        let input = try Self.makeCorpus(count: 80)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let running = try CLI.start(["convert", input.path, "-o", output.path, "--jobs", "1"])
        Self.waitForWorkbooks(3, in: output)
        kill(running.process.processIdentifier, SIGINT)
        let stderr = String(decoding: running.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        running.process.waitUntilExit()
        #expect(running.process.terminationStatus == 130)
        #expect(stderr.contains("(interrupted: run again to finish)"))

        try Self.expectNoPartialWorkbook(in: output)
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        let workbooks = BatchTests.files(under: output).filter { $0.hasSuffix(".xlsx") && $0.hasPrefix("county-") }
        #expect(records.flatMap { $0.outputs.map(\.path) }.sorted() == workbooks)
        #expect(records.count < 80)

        let rerun = try CLI.run(["convert", input.path, "-o", output.path])
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("summary: converted \(80 - records.count), skipped \(records.count), failed 0"))
    }
}
