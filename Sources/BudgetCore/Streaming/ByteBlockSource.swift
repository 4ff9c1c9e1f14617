/// Where a streamed file's bytes come from, one block at a time (the batch reads a file in
/// blocks of 1 MB; tests cut an array wherever they like).
public protocol ByteBlockSource {
    /// The next block, or nil at the end of the file.
    mutating func nextBlock() throws -> [UInt8]?
}

/// Bytes already in memory, handed out in blocks of `blockSize`.
public struct ByteArrayBlocks: ByteBlockSource {
    private let bytes: [UInt8]
    private let blockSize: Int
    private var position = 0

    public init(_ bytes: [UInt8], blockSize: Int) {
        self.bytes = bytes
        self.blockSize = max(1, blockSize)
    }

    public mutating func nextBlock() -> [UInt8]? {
        guard position < bytes.count else { return nil }
        let end = min(position + blockSize, bytes.count)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
