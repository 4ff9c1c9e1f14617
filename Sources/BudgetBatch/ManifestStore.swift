import BudgetCore
import Foundation

/// `DIR/manifest.jsonl` (or one file per shard): one JSON line per document. Lines are
/// appended as documents finish, each with a single write, so a killed run leaves a manifest
/// of whole lines (a torn last line is cut off on the next run); `finish` rewrites it sorted,
/// one line per input. Only an index (input → where its last line is) stays in memory, so a
/// batch's memory does not grow with the number of documents it has recorded. One owner: the
/// batch's consumer task alone reads and appends (no locks), and an OutputFolderLock keeps
/// other runs out of the file.
public final class ManifestStore {
    public let url: URL
    private let handle: FileHandle
    private var index: [String: (offset: UInt64, length: Int)] = [:]
    private var end: UInt64 = 0

    public init(url: URL) throws {
        self.url = url
        if !FileManager.default.fileExists(atPath: url.path) { try Data().write(to: url) }
        handle = try FileHandle(forUpdating: url)
        var reader = try LineReader(url: url)
        defer { reader.close() }
        let decoder = JSONDecoder()
        while let (line, offset) = try reader.next() {
            if let key = try? decoder.decode(InputKey.self, from: line) { index[key.input] = (offset, line.count) }
        }
        end = reader.completeEnd
        try handle.truncate(atOffset: end)  // drop a torn last line
        try handle.seek(toOffset: end)
    }

    /// The last record of this input, if any run recorded it.
    public func previous(_ input: String) -> ManifestRecord? {
        guard let place = index[input] else { return nil }
        do {
            try handle.seek(toOffset: place.offset)
            let line = try handle.read(upToCount: place.length) ?? Data()
            try handle.seek(toOffset: end)
            return try line.withUnsafeBytes(ManifestLineReader.record) ?? JSONDecoder().decode(ManifestRecord.self, from: line)
        } catch {
            return nil
        }
    }

    public func append(_ record: ManifestRecord) throws {
        var bytes = ManifestLine.encode(record)
        bytes.append(0x0A)
        let line = Data(bytes)
        try handle.seek(toOffset: end)
        try handle.write(contentsOf: line)
        index[record.input] = (end, line.count - 1)
        end += UInt64(line.count)
    }

    /// Rewrites the manifest sorted by input, one line each, and renames it into place.
    public func finish() throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        // A file that cannot be made fails the opening below, which names it.
        _ = FileManager.default.createFile(atPath: temporary.path, contents: nil)
        let output = try FileHandle(forWritingTo: temporary)
        for input in index.keys.sorted() {
            guard let place = index[input] else { continue }
            try handle.seek(toOffset: place.offset)
            try output.write(contentsOf: (try handle.read(upToCount: place.length) ?? Data()) + Data("\n".utf8))
        }
        try output.close()
        try handle.close()
        guard rename(temporary.path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    /// The encoding of a record's line (`ManifestLine` writes the same bytes by hand, faster).
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A manifest line that is not a record: said, never skipped in silence.
    public struct DamagedLine: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): not a manifest record (\(reason))" }
    }

    /// Calls `body` with each record of a manifest file, in file order, and `damaged` with
    /// each line that is not one. A torn last line without its newline (a kill mid-write)
    /// is not a line yet: the next run cuts it off.
    public static func forEachRecord(in url: URL, damaged: (DamagedLine) -> Void,
                                     _ body: (ManifestRecord) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        var reader = try LineReader(url: url)
        defer { reader.close() }
        let decoder = JSONDecoder()
        var number = 0
        while let (line, _) = try reader.next() {
            number += 1
            if let record = try record(in: line, decoder: decoder, file: url.path, number: number, damaged: damaged) {
                try body(record)
            }
        }
    }

    /// The record a manifest line holds, or nil once `damaged` has been told why it holds none.
    static func record(in line: Data, decoder: JSONDecoder, file: String, number: Int,
                       damaged: (DamagedLine) -> Void) throws -> ManifestRecord? {
        if let record = line.withUnsafeBytes(ManifestLineReader.record) { return record }
        do {
            return try decoder.decode(ManifestRecord.self, from: line)
        } catch let error as DecodingError {
            damaged(DamagedLine(file: file, line: number, reason: reason(error)))
            return nil
        }
    }

    static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted: return "not valid JSON"
        case .keyNotFound(let key, _): return "no '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        @unknown default: return "unreadable"
        }
    }

    /// The records of several manifests merged in input order, latest file winning for an
    /// input recorded twice. Each manifest is sorted once its run finished, so this streams;
    /// an unsorted one (a run that did not finish) is sorted in memory instead. `damaged` is
    /// called with each line that is not a record as the streams meet it (in line order
    /// within a manifest); nil passes over them. No pass of its own: decoding every record
    /// once more only to find damaged lines made the reports of a big batch a long
    /// single-threaded tail.
    /// `knownSorted`: the manifests were just written by `finish` (sorted, one line an input),
    /// so they are not read once more to find out.
    public static func forEachRecordInOrder(of urls: [URL], knownSorted: Bool = false, damaged: ((DamagedLine) -> Void)? = nil,
                                            _ body: (ManifestRecord) throws -> Void) throws {
        var streams: [RecordStream] = []
        for url in urls where FileManager.default.fileExists(atPath: url.path) {
            streams.append(try RecordStream(url: url, sorted: try knownSorted || isSorted(url), damaged: damaged))
        }
        defer { streams.forEach { $0.close() } }
        while true {
            var best: Int?
            for (index, stream) in streams.enumerated() {
                guard let input = stream.current?.input else { continue }
                if let b = best, let current = streams[b].current?.input, current < input { continue }
                best = index  // later files win ties
            }
            guard let best, let record = streams[best].current else { return }
            for index in streams.indices where index != best && streams[index].current?.input == record.input {
                try streams[index].advance()
            }
            try streams[best].advance()
            try body(record)
        }
    }

    static func isSorted(_ url: URL) throws -> Bool {
        var previous: String?
        var sorted = true
        var reader = try LineReader(url: url)
        defer { reader.close() }
        let decoder = JSONDecoder()
        while let (line, _) = try reader.next() {
            guard let key = try? decoder.decode(InputKey.self, from: line) else { continue }
            if let previous, previous >= key.input { sorted = false; break }
            previous = key.input
        }
        return sorted
    }

    /// One manifest read record by record (or, when unsorted, all at once and sorted).
    private final class RecordStream {
        private let path: String
        private var reader: LineReader?
        private var lineNumber = 0
        private let damaged: ((DamagedLine) -> Void)?
        private var buffered: [ManifestRecord] = []
        private(set) var current: ManifestRecord?
        private let decoder = JSONDecoder()

        init(url: URL, sorted: Bool, damaged: ((DamagedLine) -> Void)?) throws {
            path = url.path
            self.damaged = damaged
            if sorted {
                reader = try LineReader(url: url)
            } else {
                var latest: [String: ManifestRecord] = [:]
                try ManifestStore.forEachRecord(in: url, damaged: { damaged?($0) }) { latest[$0.input] = $0 }
                buffered = latest.values.sorted { $0.input > $1.input }  // popLast gives the smallest
            }
            try advance()
        }

        func advance() throws {
            if reader == nil {
                current = buffered.popLast()
                return
            }
            current = nil
            while var lines = reader, let (line, _) = try lines.next() {
                reader = lines
                lineNumber += 1
                if let record = try ManifestStore.record(in: line, decoder: decoder, file: path, number: lineNumber,
                                                        damaged: { [damaged] in damaged?($0) }) {
                    current = record
                    return
                }
            }
        }

        func close() { reader?.close() }
    }

    public static func load(_ url: URL) throws -> [ManifestRecord] {
        var records: [ManifestRecord] = []
        try forEachRecord(in: url, damaged: { _ in }) { records.append($0) }
        return records
    }

    /// Every `manifest*.jsonl` in a folder: an unsharded run's and each shard's.
    public static func manifests(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("manifest") && $0.hasSuffix(".jsonl") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The latest record per input over all manifests of a folder.
    public static func loadAll(in folder: URL) throws -> [ManifestRecord] {
        var byInput: [String: ManifestRecord] = [:]
        for manifest in try manifests(in: folder) {
            try forEachRecord(in: manifest, damaged: { _ in }) { byInput[$0.input] = $0 }
        }
        return byInput.values.sorted { $0.input < $1.input }
    }

    private struct InputKey: Decodable { var input: String }
}
