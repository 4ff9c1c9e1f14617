import Foundation

/// Limits and tool settings for reading one PDF.
public struct PDFReadOptions: Sendable {
    /// The mutool executable; nil looks it up on PATH.
    public var mutoolPath: String?
    /// Seconds each tool run may take before it is ended.
    public var timeout: TimeInterval
    /// More pages than this and the file is refused (budget disclosures run to about 60).
    public var maxPages: Int
    /// More painted paths on one page than this and the file is refused.
    public var maxPathsPerPage: Int
    /// More characters on one page than this and the file is refused.
    public var maxCharactersPerPage: Int
    /// Where the tool's output files go (removed after each run); nil is the system's.
    public var temporaryDirectory: URL?

    public init(mutoolPath: String? = nil, timeout: TimeInterval = 60, maxPages: Int = 1000,
                maxPathsPerPage: Int = 50_000, maxCharactersPerPage: Int = 100_000, temporaryDirectory: URL? = nil) {
        self.temporaryDirectory = temporaryDirectory
        self.mutoolPath = mutoolPath
        self.timeout = timeout
        self.maxPages = maxPages
        self.maxPathsPerPage = maxPathsPerPage
        self.maxCharactersPerPage = maxCharactersPerPage
    }
}
