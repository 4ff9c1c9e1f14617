import BudgetBatch
import Foundation
import Testing

/// A job found in a folder keeps only its relative path and makes its input and output paths
/// from its folder's when asked: these are the exact paths it must give.
@Suite struct CollectedJobPathsTests {
    static func folder(_ files: [String]) throws -> URL {
        let root = try TemporaryFolder.make()
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return root
    }

    @Test func oneFolderGivesPathsBelowItAndTheOutputFolder() throws {
        let root = try Self.folder(["县A/b.txt", "县A/深/c.CSV", "a.txt", "skip.md"])
        // A trailing slash on either folder changes nothing.
        let jobs = try InputCollector.jobs(for: [root.path + "/"], outputDirectory: URL(fileURLWithPath: "/out/"))
        #expect(jobs.map(\.relativePath) == ["a.txt", "县A/b.txt", "县A/深/c.CSV"])
        #expect(jobs.map(\.input.path) == ["a.txt", "县A/b.txt", "县A/深/c.CSV"].map { root.path + "/" + $0 })
        #expect(jobs.map(\.output.path) == ["/out/a.xlsx", "/out/县A/b.xlsx", "/out/县A/深/c.xlsx"])
        #expect(jobs.allSatisfy { $0.source == nil })
    }

    @Test func severalFoldersLeadTheirFilesWithTheirNamesButReadFromTheirOwnPaths() throws {
        // A folder name ending in a combining mark: the prefix is cut by scalars, not characters.
        let first = try Self.folder(["e\u{301}/x.txt"]).appendingPathComponent("e\u{301}")
        let second = try Self.folder(["河北/y.txt"]).appendingPathComponent("河北")
        let jobs = try InputCollector.jobs(for: [first.path, second.path], outputDirectory: URL(fileURLWithPath: "/o"))
        #expect(jobs.map(\.relativePath) == ["e\u{301}/x.txt", "河北/y.txt"])
        #expect(jobs.map(\.input.path) == [first.path + "/x.txt", second.path + "/y.txt"])
        #expect(jobs.map(\.output.path) == ["/o/e\u{301}/x.xlsx", "/o/河北/y.xlsx"])
    }
}
