import Foundation

/// The output folder must exist and take files before any document is converted (exit 73
/// otherwise), so a batch does not fail file by file for one bad path.
public enum OutputFolder {
    public struct NotWritable: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "the output folder \(path) cannot be written: \(reason)" }
    }

    public static func prepare(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw NotWritable(path: folder.path, reason: error.localizedDescription)
        }
        let probe = folder.appendingPathComponent(".budget2xlsx-probe-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else {
            throw NotWritable(path: folder.path, reason: String(cString: strerror(errno)))
        }
        try? FileManager.default.removeItem(at: probe)
    }
}
