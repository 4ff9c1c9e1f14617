import Foundation

/// What `budget2xlsx serve` was asked for: where to listen and how much one upload may hold.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Largest single file, and largest total of one batch (bytes), zip members included.
    public var maxFileBytes: Int
    public var maxBatchBytes: Int
    /// Documents in one batch (a zip's members count one each).
    public var maxFiles: Int
    /// A batch's folder is removed this long after its last use.
    public var expirySeconds: Int
    /// Documents converted at the same time.
    public var workers: Int
    /// Documents waiting for a worker, over all batches; more are refused with 503.
    public var queueCapacity: Int
    /// Each batch gets a folder below this one.
    public var temporaryRoot: URL

    public init(host: String = "127.0.0.1", port: Int = 8080,
                maxFileBytes: Int = 20 << 20, maxBatchBytes: Int = 200 << 20, maxFiles: Int = 500,
                expirySeconds: Int = 3600, workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
                queueCapacity: Int = 5000, temporaryRoot: URL? = nil) {
        self.host = host
        self.port = port
        self.maxFileBytes = maxFileBytes
        self.maxBatchBytes = maxBatchBytes
        self.maxFiles = maxFiles
        self.expirySeconds = expirySeconds
        self.workers = workers
        self.queueCapacity = queueCapacity
        self.temporaryRoot = temporaryRoot ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("budget2xlsx-serve-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
    }

    /// Loopback addresses only reach this machine; anything else is open to the network.
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        return lowered == "localhost" || lowered == "::1" || lowered == "[::1]" || lowered.hasPrefix("127.")
    }
}
