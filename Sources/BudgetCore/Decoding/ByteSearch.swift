/// Byte searches eight bytes at a time: a byte equal to the one sought makes its XOR with
/// that byte zero, and a zero byte sets its top bit in `(x - 0x01…) & ~x` (the lowest such
/// bit is always a true one). The decoder's whole-file scans (a NUL, the lead byte of U+FFFE
/// and U+FFFF) and the line splitter's search for line ends went byte by byte.
enum ByteSearch {
    /// `byte` in each of a word's eight bytes.
    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// The top bit of each byte of `word` that is zero set (and, above the lowest, maybe others).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Eight bytes from `offset` (at most `count - 8`), the first of them lowest.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        var index = max(start, 0)
        let pattern = repeated(byte)
        while index + 8 <= bytes.count {
            let found = zeroBytes(word(bytes, at: index) ^ pattern)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }
}
