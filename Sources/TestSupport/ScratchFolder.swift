import Foundation

/// Fresh folders for tests, all inside one folder of this test process that is removed when
/// the process exits: tests keep their files as long as they need them (a failing test's
/// folder outlives the test, for the assertion's message), and runs leave nothing behind in
/// the system's temporary folder.
public enum ScratchFolder {
    /// A new, empty folder named `prefix-UUID`.
    public static func make(_ prefix: String = "test") throws -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Made on first use; `atexit` takes no context, so the path lives in this static.
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("budget2xlsx-tests-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()
}
