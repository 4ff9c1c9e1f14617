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

    /// A workbook must land inside the output folder even when a folder below it is a link
    /// to somewhere else.
    static func checkInside(_ output: URL, folder: URL) throws(ConversionFailure) {
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let target = output.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.path
        guard target == root || target.hasPrefix(root + "/") else {
            throw ConversionFailure(file: output.path, kind: .output,
                                    message: "refusing to write \(output.lastPathComponent): its folder leads outside \(folder.path) (to \(target))")
        }
    }
}
