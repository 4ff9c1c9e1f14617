import BudgetBatch
import Foundation
import Testing
import TestSupport

/// Several runs writing into one output folder: shards on other hosts or in other
/// containers, and a clerk starting the same run twice.
@Suite(.serialized) struct SharedFolderTests {
    /// `count` small exports in four county folders.
    static func corpus(_ count: Int) throws -> URL {
        let root = try TemporaryFolder.make().appendingPathComponent("in")
        for index in 0..<count {
            let url = root.appendingPathComponent(String(format: "county-%d/dept-%03d.txt", index % 4, index))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let text = "部门预算收支总表\n\t\(300 + index)测试单位\n\t预算年度：2024\n\t单位：万元\n\n\t项目\n\t预算数\n\n\t合计\n\t\(index).00\n"
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// Four shards, started one after another, each in its own PID namespace (as containers
    /// or other hosts are: their PIDs mean nothing here), convert 120 documents into one
    /// folder; a fresh temporary file of "another host" is left alone.
    @Test func shardsInSeparatePIDNamespacesShareOneFolder() throws {
        let input = try Self.corpus(120)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("county-0"), withIntermediateDirectories: true)
        let foreign = output.appendingPathComponent("county-0/.dept-000.xlsx.otherhost~4026531999.1.123.tmp")
        try Data("in flight".utf8).write(to: foreign)
        var shards: [CLI.Running] = []
        for index in 0..<4 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
            process.arguments = ["--pid", "--fork", CLI.executable.path, "convert", input.path, "-o", output.path, "--jobs", "1",
                                 "--shard-index", "\(index)", "--shard-count", "4"]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            shards.append(CLI.Running(process: process, stdout: out, stderr: err))
            Thread.sleep(forTimeInterval: 0.2)
        }
        for shard in shards {
            let stderr = String(decoding: shard.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            _ = shard.stdout.fileHandleForReading.readDataToEndOfFile()
            shard.process.waitUntilExit()
            #expect(shard.process.terminationStatus == 0, "\(stderr)")
        }
        let files = BatchTests.files(under: output)
        #expect(files.filter { $0.hasSuffix(".xlsx") && $0.contains("dept-") }.count == 120)
        #expect(files.filter { $0.hasSuffix(".tmp") } == ["county-0/.dept-000.xlsx.otherhost~4026531999.1.123.tmp"])
        #expect(try CLI.run(["rollup", output.path]).stdout.contains(": 120 documents"))
    }

    /// A temporary file of this host whose process is gone is removed; one of another host is
    /// removed only once it is a day old.
    @Test func staleTemporariesAreTheirOwnersOrOld() throws {
        let folder = try TemporaryFolder.make()
        let gone = folder.appendingPathComponent(".a.xlsx.\(TemporaryFileNameProbe.owner).999999.1.tmp")
        let fresh = folder.appendingPathComponent(".b.xlsx.otherhost~1.5.2.tmp")
        let old = folder.appendingPathComponent(".c.xlsx.otherhost~1.5.3.tmp")
        for url in [gone, fresh, old] { try Data().write(to: url) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -2 * 24 * 3600)], ofItemAtPath: old.path)
        #expect(StaleTemporaryFiles.remove(under: folder) == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [fresh.lastPathComponent])
    }

    /// Two runs started at once into one folder while a third holds it (this test takes the
    /// manifest's lock itself, so the runs cannot slip past each other however fast they are):
    /// each says it waits, then they write one after the other, so the manifest holds one
    /// valid line per document and the roll-up counts every department.
    @Test func twoRunsAtOnceNeverInterleaveTheManifest() throws {
        let input = try Self.corpus(60)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var runs: [CLI.Running] = []
        var stderrs: [String] = []
        do {
            // Released at the end of this block, not of the test: unoptimized builds keep a
            // local alive to the end of its scope.
            let held = try ManifestLock(manifest: output.appendingPathComponent("manifest.jsonl")) {}
            for _ in 0..<2 {
                let run = try CLI.start(["convert", input.path, "-o", output.path, "--jobs", "2"])
                runs.append(run)
                stderrs.append(CLI.standardError(of: run, until: "waiting: another budget2xlsx run is writing", timeout: 60))
            }
            withExtendedLifetime(held) {}
        }
        var statuses: [Int32] = []
        for (index, run) in runs.enumerated() {
            _ = run.stdout.fileHandleForReading.readDataToEndOfFile()
            stderrs[index] += String(decoding: run.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            run.process.waitUntilExit()
            statuses.append(run.process.terminationStatus)
        }
        #expect(statuses == [0, 0], "\(stderrs)")
        for stderr in stderrs {
            #expect(stderr.components(separatedBy: "waiting: another budget2xlsx run is writing").count == 2, "\(stderr)")
        }
        let text = try String(contentsOf: output.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 60)
        for line in lines {
            #expect((try? JSONDecoder().decode(ManifestRecord.self, from: Data(line.utf8))) != nil, "\(line)")
        }
        let rollup = try CLI.run(["rollup", output.path])
        #expect(rollup.status == 0)
        #expect(rollup.stdout.contains(": 60 documents"))
    }

    /// A damaged manifest line is named, file and line, and rollup exits 1.
    @Test func rollupNamesEveryLineItCannotRead() throws {
        let (rollup, manifest) = try Self.rollup(ofThreeDocumentsWithManifestLines: { lines in
            lines[1] = String(lines[1].prefix(40))
        })
        #expect(rollup.status == 1)
        #expect(rollup.stdout.contains(": 2 documents"))
        #expect(rollup.stderr.contains("error: \(manifest.path):2: not a manifest record (not valid JSON); this document is not in the roll-up"))
        // Named once, though the roll-up reads the records twice.
        #expect(rollup.stderr.components(separatedBy: "not a manifest record").count == 2)
    }

    /// The same in a manifest left unsorted (a run that did not finish), read in memory.
    @Test func rollupNamesADamagedLineOfAnUnsortedManifestOnce() throws {
        let (rollup, manifest) = try Self.rollup(ofThreeDocumentsWithManifestLines: { lines in
            lines.reverse()
            lines[2] = "{\"input\": 7}"
        })
        #expect(rollup.status == 1)
        #expect(rollup.stdout.contains(": 2 documents"))
        #expect(rollup.stderr.contains("error: \(manifest.path):3: not a manifest record (wrong value at 'input'); this document is not in the roll-up"))
        #expect(rollup.stderr.components(separatedBy: "not a manifest record").count == 2)
    }

    /// Converts three documents, changes the manifest's lines, and runs rollup on the folder.
    static func rollup(ofThreeDocumentsWithManifestLines change: (inout [String]) -> Void) throws -> (CLI.Result, URL) {
        let input = try Self.corpus(3)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        #expect(try CLI.run(["convert", input.path, "-o", output.path]).status == 0)
        let manifest = output.appendingPathComponent("manifest.jsonl")
        var lines = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n").map(String.init)
        change(&lines)
        try (lines.joined(separator: "\n") + "\n").write(to: manifest, atomically: true, encoding: .utf8)
        return (try CLI.run(["rollup", output.path]), manifest)
    }
}
