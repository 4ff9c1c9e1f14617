import Foundation

/// Reads a file line by line through a small buffer, with each line's byte offset, so a
/// manifest of any length is read in constant memory.
struct LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    /// Where the next line starts in `buffer`.
    private var position = 0
    private var bufferOffset: UInt64 = 0  // file offset of the byte at `position`
    private var finished = false
    static let chunk = 64 * 1024

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    /// The next complete line (without its "\n") and its offset; a final line without "\n"
    /// is torn (a kill mid-write) and is not returned.
    mutating func next() throws -> (line: Data, offset: UInt64)? {
        while true {
            if let newline = nextNewline() {
                let line = Data(buffer[position..<newline])
                let offset = bufferOffset
                bufferOffset += UInt64(newline - position + 1)
                position = newline + 1
                return (line, offset)
            }
            if finished { return nil }
            // Drop what was read before refilling; not after every line, which copied the
            // rest of the buffer once per line.
            buffer = Data(buffer[position...])
            position = buffer.startIndex
            let more = try handle.read(upToCount: Self.chunk) ?? Data()
            if more.isEmpty { finished = true } else { buffer.append(more) }
        }
    }

    /// Index in `buffer` of the first "\n" from `position`, found by `memchr`: `Data`'s own
    /// search steps through its subscript a byte at a time, which made reading the manifest
    /// back for the reports cost more than decoding it.
    private func nextNewline() -> Int? {
        let start = position - buffer.startIndex
        return buffer.withUnsafeBytes { raw -> Int? in
            guard start < raw.count, let base = raw.baseAddress,
                  let hit = memchr(base + start, Int32(UInt8(ascii: "\n")), raw.count - start) else { return nil }
            return buffer.startIndex + (UnsafeRawPointer(hit) - base)
        }
    }

    /// Offset just past the last complete line returned so far.
    var completeEnd: UInt64 { bufferOffset }

    func close() { try? handle.close() }
}
