import CorpusGenerator
import Foundation
import Testing

/// Same seed, same bytes: every file and the manifest. Another seed, another corpus.
@Suite struct DeterminismTests {
    /// Relative path → FNV-1a of the bytes, for every file under `folder`, sorted by path.
    static func fingerprint(_ folder: URL) throws -> [String] {
        let manager = FileManager.default
        let paths = (manager.subpaths(atPath: folder.path) ?? []).sorted()
        return try paths.compactMap { path in
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in try Data(contentsOf: url) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return "\(path) \(String(hash, radix: 16))"
        }
    }

    static func write(seed: UInt64) throws -> (URL, CorpusManifest) {
        let folder = try TestCorpus.temporaryFolder()
        let manifest = try CorpusGenerator.generate(into: folder, counties: 3, departmentsPerCounty: 4, seed: seed,
                                                    options: CorpusOptions(brokenFraction: 0.2, multiDepartmentFraction: 0.2))
        return (folder, manifest)
    }

    @Test func sameSeedGivesIdenticalBytes() throws {
        let (first, firstManifest) = try Self.write(seed: 42)
        let (second, secondManifest) = try Self.write(seed: 42)
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let prints = try Self.fingerprint(first)
        #expect(prints.count == 12 + 1)  // 12 exports + corpus-manifest.json
        #expect(prints == (try Self.fingerprint(second)))
        #expect(firstManifest == secondManifest)
        #expect(prints.contains { $0.hasPrefix("corpus-manifest.json ") })
    }

    @Test func differentSeedsDiffer() throws {
        let (first, _) = try Self.write(seed: 1)
        let (second, _) = try Self.write(seed: 2)
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let a = try Self.fingerprint(first), b = try Self.fingerprint(second)
        #expect(a != b)
        #expect(Set(a).intersection(Set(b)).isEmpty)
    }

    /// Files are drawn from their own streams: one file alone equals the same file in a corpus.
    @Test func fileAloneEqualsFileInCorpus() throws {
        let generator = TestCorpus.generator(seed: 5)
        let all = try TestCorpus.files(seed: 5)
        let alone = try generator.file(at: 7)
        #expect(alone.bytes == all[7].bytes)
        #expect(alone.entry == all[7].entry)
    }

    @Test func manifestListsEveryFileWithItsChecksum() throws {
        let (folder, manifest) = try Self.write(seed: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(manifest.files.count == 12)
        #expect(Set(manifest.files.map(\.path)).count == 12)
        for entry in manifest.files {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(entry.path))
            #expect(bytes.count == entry.byteCount, "\(entry.path)")
            #expect(entry.path.hasPrefix(entry.county + "/"))
            #expect(entry.path.hasSuffix(".txt") || entry.path.hasSuffix(".TXT"))
        }
        let json = try Data(contentsOf: folder.appendingPathComponent("corpus-manifest.json"))
        #expect(try JSONDecoder().decode(CorpusManifest.self, from: json) == manifest)
    }
}
