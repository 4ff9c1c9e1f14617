import Foundation

/// Reads a file line by line through a small buffer, with each line's byte offset, so a
/// manifest of any length is read in constant memory.
struct LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var bufferOffset: UInt64 = 0  // file offset of buffer's first byte
    private var finished = false
    static let chunk = 64 * 1024

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    /// The next complete line (without its "\n") and its offset; a final line without "\n"
    /// is torn (a kill mid-write) and is not returned.
    mutating func next() throws -> (line: Data, offset: UInt64)? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let start = buffer.startIndex
                let line = Data(buffer[start..<newline])
                let offset = bufferOffset
                bufferOffset += UInt64(newline - start + 1)
                buffer = Data(buffer[(newline + 1)...])
                return (line, offset)
            }
            if finished { return nil }
            let more = try handle.read(upToCount: Self.chunk) ?? Data()
            if more.isEmpty { finished = true } else { buffer.append(more) }
        }
    }

    /// Offset just past the last complete line returned so far.
    var completeEnd: UInt64 { bufferOffset }

    func close() { try? handle.close() }
}
