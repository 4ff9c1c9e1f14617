import Foundation

/// One batch's files: `ROOT/ID/inputs` (what was uploaded), `ROOT/ID/outputs` (the only
/// folder anything is served from) and `ROOT/ID/manifest.jsonl`.
struct BatchFolder: Sendable {
    var root: URL

    var inputs: URL { root.appendingPathComponent("inputs", isDirectory: true) }
    var outputs: URL { root.appendingPathComponent("outputs", isDirectory: true) }
    var manifest: URL { root.appendingPathComponent("manifest.jsonl") }

    func create() throws {
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
    }

    /// `components` below `base`, or nil when the result would not be inside `base`.
    static func url(_ components: [String], below base: URL) -> URL? {
        let url = components.reduce(base) { $0.appendingPathComponent($1) }.standardizedFileURL
        let basePath = base.standardizedFileURL.path
        return url.path.hasPrefix(basePath.hasSuffix("/") ? basePath : basePath + "/") ? url : nil
    }

    /// A random batch id: 32 lower-case hex digits, not guessable from another batch's.
    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = UInt32.random(in: .min ... .max, using: &generator)
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }

    static func isValidID(_ id: some StringProtocol) -> Bool {
        id.count == 32 && id.allSatisfy { $0.isASCII && ($0.isNumber || ("a"..."f").contains($0)) }
    }
}
