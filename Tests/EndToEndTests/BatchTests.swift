import BudgetBatch
import BudgetCore
import Foundation
import Testing
import TestSupport
import XlsxReaderKit

/// Batch conversion over county folders: mirrored outputs, manifest, skips, broken files,
/// shards, roll-up, exit codes.
@Suite(.serialized) struct BatchTests {
    /// county-a/x.txt, county-a/sub/y.TXT, county-b/z.txt (+ optional extras), all the sample
    /// or small variants of it.
    static func makeTree(extra: [String: [UInt8]] = [:]) throws -> URL {
        let root = try TemporaryFolder.make().appendingPathComponent("in")
        let sample = try SampleExport.text()
        let files: [String: [UInt8]] = [
            "county-a/x.txt": Array(sample.utf8),
            "county-a/sub/y.TXT": try #require(ExportVariants.gb18030CRLF(sample)),
            "county-b/z.txt": ExportVariants.utf16WithBOM(sample.replacing("15407.98", with: "15407.99")),
            "county-b/notes.md": Array("not an export".utf8),
        ].merging(extra) { $1 }
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { found.append(path) }
        }
        return found.sorted()
    }

    @Test func mirrorsTheInputTreeAndWritesManifestRollupAndReport() throws {
        let input = try Self.makeTree()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["convert", input.path, "-o", output.path, "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.files(under: output) == [
            "county-a/sub/y.xlsx", "county-a/x.xlsx", "county-b/z.xlsx", "manifest.jsonl", "校验报告.xlsx", "汇总.xlsx",
        ])
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        #expect(records.map(\.input) == ["county-a/sub/y.TXT", "county-a/x.txt", "county-b/z.txt"])
        #expect(records.allSatisfy { $0.status == .converted && $0.tables == 47 && $0.toolVersion == ToolVersion.current })
        let x = try #require(records.first { $0.input == "county-a/x.txt" })
        #expect(x.inputSHA256 == FileDigest.sha256(try Data(contentsOf: SampleExport.url)))
        #expect(x.outputs.map(\.path) == ["county-a/x.xlsx"])
        #expect(x.outputs[0].sha256 == FileDigest.sha256(of: output.appendingPathComponent("county-a/x.xlsx")))
        #expect(x.outputs[0].unitCode == "316" && x.outputs[0].unitName == "平乡县人力资源和社会保障局" && x.outputs[0].year == "2022")
        #expect(x.outputs[0].figures.totalIncome == Cents(1_541_577))
        #expect(records.first { $0.input == "county-a/sub/y.TXT" }?.encoding == "GB18030")
        // z changed one amount: the validator finds it, the manifest says so.
        let z = try #require(records.first { $0.input == "county-b/z.txt" })
        #expect(z.outputs[0].tableFindings > 0)
        #expect(result.stdout.contains("county-a/x.txt: 47 tables, 0 warnings, 0 findings (+1 in 情况说明) → "))
        #expect(result.stderr.contains("summary: converted 3, skipped 0, failed 0"))
    }

    @Test func rollupFiguresMatchTheSources() throws {
        let input = try Self.makeTree()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        #expect(try CLI.run(["convert", input.path, "-o", output.path]).status == 0)
        let book = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("汇总.xlsx"))
        let sheet = try #require(book.sheets.first)
        #expect(sheet["A1"]?.text == "部门预算汇总表")
        #expect(sheet.rowTexts(2).prefix(6) == ["县（文件夹）", "单位编码", "单位名称", "预算年度", "收入总计", "一般公共预算拨款收入"])
        // Recompute 收入总计 and 基本支出 from the sources with the core parser.
        var income = [String: Double]()
        for path in ["county-a/sub/y.TXT", "county-a/x.txt", "county-b/z.txt"] {
            let document = try DocumentReader.read([UInt8](Data(contentsOf: input.appendingPathComponent(path))))
            let summary = try #require(document.tables.first { $0.kind == .budgetSummary })
            let total = try #require(summary.dataRows.first { $0.cells.count > 1 && $0.cells[1].text == "收入总计" })
            income[path] = Double(total.cells[2].text)
        }
        let columnE = (3...sheet.maxRow).compactMap { sheet.cell(row: $0, column: 4) }
        let labels = (3...sheet.maxRow).map { sheet.cell(row: $0, column: 0)?.text ?? "" }
        #expect(labels == ["county-a", "county-a", "小计（county-a）", "county-b", "小计（county-b）", "合计"])
        #expect(columnE.map { $0.number } == [income["county-a/sub/y.TXT"], income["county-a/x.txt"],
                                             (income["county-a/sub/y.TXT"] ?? 0) + (income["county-a/x.txt"] ?? 0),
                                             income["county-b/z.txt"], income["county-b/z.txt"],
                                             income.values.reduce(0, +)])
        #expect(sheet["E4"]?.style.numberFormat == "#,##0.00")
        #expect(sheet.rowTexts(8).first == "合计" && sheet["A9"]?.style.bold == true)
        #expect(sheet.merges.map(\.a1).contains("A9:D9"))
    }

    @Test func brokenFilesAreReportedAndTheRestConverts() throws {
        let input = try Self.makeTree(extra: [
            "county-c/empty.txt": [],
            "county-c/binary.txt": [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01],
            "county-c/prose.txt": Array("只有说明文字。\n".utf8),
            "county-c/invalid.txt": Array("部门预算收支总表\n\t1\n".utf8) + [0xFF, 0xFF],
        ])
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["convert", input.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: county-c/empty.txt: the file is empty"))
        #expect(result.stderr.contains("error: county-c/binary.txt: this is a binary file, not a text export (NUL byte at offset 4)"))
        #expect(result.stderr.contains("error: county-c/prose.txt: no table found in 1 lines"))
        #expect(result.stderr.contains("error: county-c/invalid.txt: bytes at offset 28 are not valid text"))
        #expect(result.stderr.contains("summary: converted 3, skipped 0, failed 4"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("county-c").path))
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        #expect(records.filter { $0.status == .failed }.map(\.error?.kind) == ["binary", "empty", "encoding", "noTable"])
    }

    @Test func rerunSkipsUpToDateDocumentsAndRedoesChangedOnes() throws {
        let input = try Self.makeTree()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        #expect(try CLI.run(["convert", input.path, "-o", output.path]).status == 0)
        let before = try Data(contentsOf: output.appendingPathComponent("county-a/x.xlsx"))
        try Data(Array(try SampleExport.text().replacing("15407.98", with: "15407.97").utf8))
            .write(to: input.appendingPathComponent("county-a/x.txt"))
        let second = try CLI.run(["convert", input.path, "-o", output.path])
        #expect(second.stderr.contains("summary: converted 1, skipped 2, failed 0"))
        #expect(try Data(contentsOf: output.appendingPathComponent("county-a/x.xlsx")) != before)
        let forced = try CLI.run(["convert", input.path, "-o", output.path, "--force"])
        #expect(forced.stderr.contains("summary: converted 3, skipped 0, failed 0"))
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        #expect(records.count == 3)
    }

    @Test func shardsTogetherEqualTheUnshardedRun() throws {
        let input = try Self.makeTree(extra: [
            "county-d/a.txt": Array(try SampleExport.text().utf8), "county-d/b.txt": Array(try SampleExport.text().utf8),
        ])
        let base = input.deletingLastPathComponent()
        let whole = base.appendingPathComponent("whole"), sharded = base.appendingPathComponent("sharded")
        #expect(try CLI.run(["convert", input.path, "-o", whole.path]).status == 0)
        for index in 0..<3 {
            let result = try CLI.run(["convert", input.path, "-o", sharded.path, "--shard-index", "\(index)", "--shard-count", "3"])
            #expect(result.status == 0)
        }
        #expect(!FileManager.default.fileExists(atPath: sharded.appendingPathComponent("汇总.xlsx").path))
        #expect(try CLI.run(["rollup", sharded.path]).status == 0)
        let workbooks = Self.files(under: whole).filter { $0.hasSuffix(".xlsx") && !$0.hasPrefix("校验报告") }
        #expect(workbooks == Self.files(under: sharded).filter { $0.hasSuffix(".xlsx") && !$0.hasPrefix("校验报告") })
        for path in workbooks {
            #expect(try Data(contentsOf: whole.appendingPathComponent(path)) == Data(contentsOf: sharded.appendingPathComponent(path)), "\(path)")
        }
        let manifests = Self.files(under: sharded).filter { $0.hasPrefix("manifest-") }
        #expect(manifests == ["manifest-0-of-3.jsonl", "manifest-1-of-3.jsonl", "manifest-2-of-3.jsonl"])
        let shardRecords = try ManifestStore.loadAll(in: sharded).map(\.input)
        #expect(shardRecords == (try ManifestStore.load(whole.appendingPathComponent("manifest.jsonl")).map(\.input)))
    }

    @Test func severalDepartmentsInOneFileGiveOneWorkbookEach() throws {
        let sample = try SampleExport.text()
        let second = sample.replacing("316平乡县人力资源和社会保障局", with: "317平乡县财政局")
        let input = try Self.makeTree(extra: ["county-e/two.txt": Array((sample + "\n" + second).utf8)])
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        #expect(try CLI.run(["convert", input.path, "-o", output.path]).status == 0)
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        let two = try #require(records.first { $0.input == "county-e/two.txt" })
        #expect(two.outputs.map(\.path) == ["county-e/two-316平乡县人力资源和社会保障局.xlsx", "county-e/two-317平乡县财政局.xlsx"])
        #expect(two.outputs.map(\.tables) == [47, 47])
        let book = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("county-e/two-317平乡县财政局.xlsx"))
        #expect(book.sheets[0].rowTexts(1).first == "317平乡县财政局")
        // verify finds each workbook's department in the file that holds both.
        for path in two.outputs.map(\.path) {
            let verify = try CLI.run(["verify", output.appendingPathComponent(path).path,
                                      "--source", input.appendingPathComponent("county-e/two.txt").path])
            #expect(verify.status == 0, "\(path): \(verify.stdout)")
            #expect(verify.stdout.contains("faithful to"))
        }
        // validate checks both departments, each under its unit.
        let validate = try CLI.run(["validate", input.appendingPathComponent("county-e/two.txt").path])
        #expect(validate.stdout.contains("two.txt (316平乡县人力资源和社会保障局): 0 table finding(s), 1 in 情况说明"))
        #expect(validate.stdout.contains("two.txt (317平乡县财政局): 0 table finding(s), 1 in 情况说明"))
    }

    @Test func exitCodesForUsageNoInputAndUnwritableOutput() throws {
        let input = try Self.makeTree()
        #expect(try CLI.run(["convert"]).status == 64)
        #expect(try CLI.run(["convert", input.path, "--jobs", "0"]).status == 64)
        #expect(try CLI.run(["convert", input.path, "--shard-index", "3", "--shard-count", "3"]).status == 64)
        let emptyFolder = try TemporaryFolder.make()
        let noInput = try CLI.run(["convert", emptyFolder.path, "-o", emptyFolder.appendingPathComponent("o").path])
        #expect(noInput.status == 66)
        #expect(noInput.stderr.contains("no input (.csv .docx .htm .html .pdf .tsv .txt .xls .zip) found"))
        let blocker = emptyFolder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let unwritable = try CLI.run(["convert", input.path, "-o", blocker.appendingPathComponent("out").path])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains("cannot be written"))
    }

    @Test func filesFromStandardInputAndJSONLines() throws {
        let input = try Self.makeTree()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let list = input.appendingPathComponent("county-a/x.txt").path + "\n\n" + input.appendingPathComponent("county-b/z.txt").path + "\n"
        let result = try CLI.run(["convert", "--files-from", "-", "-o", output.path, "--json"], stdin: list)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let records = try lines.map { try JSONDecoder().decode(ManifestRecord.self, from: Data($0.utf8)) }
        #expect(Set(records.map(\.input)) == ["x.txt", "z.txt"])
        #expect(records.allSatisfy { $0.status == .converted && $0.milliseconds >= 0 && $0.outputs.count == 1 })
    }

    /// A full disk, simulated with a file-size limit (writes fail with EFBIG): the document
    /// fails with a clear message and no workbook, partial or temporary, is left.
    @Test func fullDiskFailsTheDocumentAndLeavesNoPartialWorkbook() throws {
        let output = try TemporaryFolder.make().appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 40; exec \"$0\" convert \"$1\" -o \"$2\"",
                             CLI.executable.path, SampleExport.url.path, output.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(stderr.contains("error: 000_dcbc594b2af559b5.txt: workbook_close failed: "))
        #expect(stderr.contains("(is the output folder writable, is the disk full?)"))
        let left = Self.files(under: output)
        #expect(!left.contains { $0.hasPrefix("000_") || $0.hasSuffix(".tmp") })
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        #expect(records.map(\.status) == [.failed] && records.first?.error?.kind == "writeFailed")
    }

    /// On a terminal the progress is a live bar; elsewhere, plain lines.
    @Test func progressIsABarOnATerminalAndLinesElsewhere() throws {
        let input = try Self.makeTree()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let plain = try CLI.run(["convert", input.path, "-o", output.path])
        #expect(plain.stderr.contains("progress: 3/3 "))
        #expect(!plain.stderr.contains("\u{1B}[K"))
        // `script` (util-linux; Debian's bsdutils, which scripts/setup installs) gives the run a
        // terminal. Without it this half cannot run, and that is a failure, not a pass.
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
                     "/usr/bin/script is missing: run scripts/setup (installs bsdutils)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = "'\(CLI.executable.path)' convert '\(input.path)' -o '\(output.path)' --force --jobs 1 > /dev/null"
        process.arguments = ["-qc", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let terminal = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(terminal.contains("\r██████████████████████████████ 3/3 "))
        #expect(terminal.contains("ETA 0s failed 0\u{1B}[K"))
    }

    /// A link below the output folder must not carry a workbook outside it.
    @Test func linksBelowTheOutputFolderDoNotLeadOutside() throws {
        let input = try Self.makeTree()
        let base = input.deletingLastPathComponent()
        let output = base.appendingPathComponent("out"), elsewhere = base.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("county-b"), withDestinationURL: elsewhere)
        let result = try CLI.run(["convert", input.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: county-b/z.txt: refusing to write z.xlsx: its folder leads outside"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("county-a/x.xlsx").path))
    }

    /// Several folders given at once keep their names, so their outputs never collide; two
    /// files that would still land on one output are refused before anything is written.
    @Test func severalInputFoldersKeepTheirNames() throws {
        let input = try Self.makeTree()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["convert", input.appendingPathComponent("county-a").path,
                                  input.appendingPathComponent("county-b").path, "-o", output.path])
        #expect(result.status == 0)
        #expect(Self.files(under: output).filter { $0.hasSuffix(".xlsx") && $0.hasPrefix("county") }
            == ["county-a/sub/y.xlsx", "county-a/x.xlsx", "county-b/z.xlsx"])
        let same = input.appendingPathComponent("county-b/x.txt")
        try FileManager.default.copyItem(at: input.appendingPathComponent("county-a/x.txt"), to: same)
        let clash = try CLI.run(["convert", input.appendingPathComponent("county-a/x.txt").path, same.path,
                                 "-o", input.deletingLastPathComponent().appendingPathComponent("clash").path])
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("would both be written to"))
    }
}
