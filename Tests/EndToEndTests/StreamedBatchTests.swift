import BudgetBatch
import BudgetCore
import Foundation
import Testing
import TestSupport
import XlsxReaderKit

/// A file holding many departments, converted as a stream with its departments shared out
/// over the workers, gives the workbooks and manifest the whole-file path gives.
@Suite(.serialized) struct StreamedBatchTests {
    /// county/all.txt: the Hebei sample, the Jiangsu and Shanghai samples, and the Hebei
    /// sample again with one amount changed (its validator finds it); county/one.txt: the sample.
    static func makeCounty() throws -> URL {
        let root = try TemporaryFolder.make().appendingPathComponent("in")
        let folder = SampleExport.url.deletingLastPathComponent()
        let sample = try SampleExport.text()
        let others = try ["jiangsu_zhengxie_2019.txt", "shanghai_putuo_wanli_2024.txt"]
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        let all = ([sample] + others + [sample.replacing("15407.98", with: "15407.99")])
            .map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("county"), withIntermediateDirectories: true)
        try Data(all.utf8).write(to: root.appendingPathComponent("county/all.txt"))
        try Data(sample.utf8).write(to: root.appendingPathComponent("county/one.txt"))
        return root
    }

    /// Runs the batch; `threshold` Int.max reads every file whole, as before streaming.
    static func convert(_ input: URL, into output: URL, threshold: Int, workers: Int) async throws -> [ManifestRecord] {
        try OutputFolder.prepare(output)
        let jobs = try InputCollector.jobs(for: [input.path], outputDirectory: output)
        let manifest = try ManifestStore(url: output.appendingPathComponent("manifest.jsonl"))
        var options = DocumentProcessor.Options(outputDirectory: output)
        options.streamingThreshold = threshold
        options.streamingBlockSize = 4_096
        _ = await BatchRunner(processor: DocumentProcessor(options: options), workers: workers)
            .run(jobs, manifest: manifest, stop: StopRequest()) { _, _ in }
        try manifest.finish()
        return try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
    }

    /// A record without what differs from run to run (time taken, workbook bytes).
    static func comparable(_ record: ManifestRecord) -> ManifestRecord {
        var record = record
        record.milliseconds = 0
        record.outputs = record.outputs.map { var output = $0; output.sha256 = ""; return output }
        return record
    }

    static func expectSameWorkbooks(_ one: URL, _ other: URL, paths: [String]) throws {
        for path in paths {
            let a = try ReadWorkbook.read(contentsOf: one.appendingPathComponent(path))
            let b = try ReadWorkbook.read(contentsOf: other.appendingPathComponent(path))
            #expect(a.sheets.map(\.name) == b.sheets.map(\.name), "\(path)")
            for (x, y) in zip(a.sheets, b.sheets) {
                #expect(x.cells == y.cells, "\(path) \(x.name)")
                #expect(x.merges == y.merges, "\(path) \(x.name)")
            }
        }
    }

    @Test func streamedOverTwoWorkersGivesTheWholeFileWorkbooksAndManifest() async throws {
        let input = try Self.makeCounty()
        let base = input.deletingLastPathComponent()
        let whole = try await Self.convert(input, into: base.appendingPathComponent("whole"), threshold: Int.max, workers: 1)
        let two = try await Self.convert(input, into: base.appendingPathComponent("two"), threshold: 100_000, workers: 2)
        let one = try await Self.convert(input, into: base.appendingPathComponent("one"), threshold: 100_000, workers: 1)

        #expect(whole.map(\.input) == ["county/all.txt", "county/one.txt"])
        let paths = whole.flatMap { $0.outputs.map(\.path) }
        #expect(paths == ["county/all-316平乡县人力资源和社会保障局.xlsx", "county/all-江苏省政协办公厅.xlsx",
                          "county/all-上海市普陀区人民政府万里街道办事处.xlsx", "county/all-316平乡县人力资源和社会保障局-4.xlsx",
                          "county/one.xlsx"])
        #expect(two.map(Self.comparable) == whole.map(Self.comparable))
        #expect(one.map(Self.comparable) == whole.map(Self.comparable))
        // Each workbook's sha in the manifest is the workbook's own.
        for output in two.flatMap(\.outputs) {
            #expect(output.sha256 == FileDigest.sha256(of: base.appendingPathComponent("two").appendingPathComponent(output.path)))
        }
        try Self.expectSameWorkbooks(base.appendingPathComponent("whole"), base.appendingPathComponent("two"), paths: paths)
        try Self.expectSameWorkbooks(base.appendingPathComponent("whole"), base.appendingPathComponent("one"), paths: paths)
    }

    @Test func aBadDepartmentInABigFileShowsOnlyInItsOwnWorkbook() async throws {
        // As for a whole file: a department whose sums do not hold is converted with its
        // findings; the other departments of the file are untouched and the file converts.
        let input = try Self.makeCounty()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let records = try await Self.convert(input, into: output, threshold: 100_000, workers: 2)
        let all = try #require(records.first { $0.input == "county/all.txt" })
        let bytes = [UInt8](try Data(contentsOf: input.appendingPathComponent("county/all.txt")))
        let whole = try ConversionPipeline.run(bytes, sourceName: "all.txt")
        #expect(all.status == .converted && all.tables == whole.document.tables.count && all.tables > 47 * 2)
        // Shanghai has its two documented printed defects (款 codes printed 2 and 7).
        #expect(all.outputs.map(\.tableFindings) == [0, 0, 2, all.outputs[3].tableFindings])
        #expect(all.outputs[3].tableFindings > 0)
        #expect(all.outputs.map(\.unitName) == ["平乡县人力资源和社会保障局", "江苏省政协办公厅", "上海市普陀区人民政府万里街道办事处",
                                              "平乡县人力资源和社会保障局"])
        let book = try ReadWorkbook.read(contentsOf: output.appendingPathComponent(all.outputs[3].path))
        let fine = try ReadWorkbook.read(contentsOf: output.appendingPathComponent(all.outputs[0].path))
        #expect(book.sheets.contains { sheet in sheet.cells.values.contains { $0.text == "15407.99" } })
        #expect(!fine.sheets.contains { sheet in sheet.cells.values.contains { $0.text == "15407.99" } })
    }

    @Test func aStreamedFileUpToDateIsSkippedAndAChangedOneConvertedAgain() async throws {
        let input = try Self.makeCounty()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let first = try await Self.convert(input, into: output, threshold: 100_000, workers: 2)
        let all = try #require(first.first { $0.input == "county/all.txt" })
        #expect(all.inputSHA256 == FileDigest.sha256(try Data(contentsOf: input.appendingPathComponent("county/all.txt"))))
        let again = try await Self.convert(input, into: output, threshold: 100_000, workers: 2)
        #expect(again.map(\.status) == [.skipped, .skipped])
        #expect(again.map(\.outputs) == first.map(\.outputs))
    }

    @Test func aBigFileThatIsNotCleanTextIsReadWholeAndFailsAsBefore() async throws {
        let root = try TemporaryFolder.make().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let bytes = try SampleExport.bytes() + [0xFF, 0xFE, 0x0A]
        try Data(bytes).write(to: root.appendingPathComponent("bad.txt"))
        let base = root.deletingLastPathComponent()
        let streamed = try await Self.convert(root, into: base.appendingPathComponent("a"), threshold: 0, workers: 2)
        let whole = try await Self.convert(root, into: base.appendingPathComponent("b"), threshold: Int.max, workers: 2)
        #expect(streamed.map(\.status) == [.failed])
        #expect(streamed.map(Self.comparable) == whole.map(Self.comparable))
    }
}
