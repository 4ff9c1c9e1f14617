import BudgetCore
import Foundation

/// `DIR/manifest.jsonl` (or one file per shard): one JSON line per document. Lines are
/// appended as documents finish, each with a single write, so a killed run leaves a manifest
/// of whole lines; `finish` rewrites it sorted, one line per input, and renames it into place.
public final class ManifestStore: @unchecked Sendable {
    public let url: URL
    private let lock = NSLock()
    private var handle: FileHandle?
    /// Latest record per input, from earlier runs and this one.
    private var records: [String: ManifestRecord] = [:]

    public init(url: URL) throws {
        self.url = url
        for record in try ManifestStore.load(url) { records[record.input] = record }
        if !FileManager.default.fileExists(atPath: url.path) {
            try Data().write(to: url)
        }
        handle = try FileHandle(forWritingTo: url)
        try handle?.seekToEnd()
    }

    /// The last record of this input, if any run recorded it.
    public func previous(_ input: String) -> ManifestRecord? {
        lock.lock()
        defer { lock.unlock() }
        return records[input]
    }

    public func append(_ record: ManifestRecord) throws {
        let line = try ManifestStore.encoder.encode(record) + Data("\n".utf8)
        lock.lock()
        defer { lock.unlock() }
        records[record.input] = record
        try handle?.write(contentsOf: line)
    }

    /// Rewrites the manifest sorted by input, one line each; returns the records.
    @discardableResult
    public func finish() throws -> [ManifestRecord] {
        lock.lock()
        defer { lock.unlock() }
        try handle?.close()
        handle = nil
        let sorted = records.values.sorted { $0.input < $1.input }
        var data = Data()
        for record in sorted { data += try ManifestStore.encoder.encode(record) + Data("\n".utf8) }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try data.write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return sorted
    }

    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Records of a manifest file; a torn last line (a kill mid-write) is ignored.
    public static func load(_ url: URL) throws -> [ManifestRecord] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(ManifestRecord.self, from: Data($0)) }
    }

    /// Every `manifest*.jsonl` in a folder (an unsharded run's and each shard's), latest
    /// record per input.
    public static func loadAll(in folder: URL) throws -> [ManifestRecord] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("manifest") && $0.hasSuffix(".jsonl") }.sorted()
        var byInput: [String: ManifestRecord] = [:]
        for name in names {
            for record in try load(folder.appendingPathComponent(name)) { byInput[record.input] = record }
        }
        return byInput.values.sorted { $0.input < $1.input }
    }
}
