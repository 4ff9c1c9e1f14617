import Foundation

/// The real export kept in Samples/, found relative to this file so tests run from any folder.
public enum SampleExport {
    public static let fileName = "000_dcbc594b2af559b5.txt"

    public static var url: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples").appendingPathComponent(fileName)
    }

    public static func bytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    public static func text() throws -> String {
        let bytes = try bytes()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The sample's lines (without line ends), 1-based line N at index N-1.
    public static func lines() throws -> [String] {
        try text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
