/// Splits inputs into shards by a stable hash of their relative path (FNV-1a, 64 bit), never
/// Swift's seeded `Hasher`, so GNU parallel, Slurm array tasks and Kubernetes Indexed Jobs
/// each pick the same files on every machine and every run.
public struct ShardSelector: Sendable, Equatable {
    public var index: Int
    public var count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    public func contains(_ relativePath: String) -> Bool {
        Int(ShardSelector.fnv1a(relativePath) % UInt64(count)) == index
    }

    /// `manifest-1-of-4.jsonl`.
    public var manifestName: String { "manifest-\(index)-of-\(count).jsonl" }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
