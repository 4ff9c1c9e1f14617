import SpreadsheetModel

/// Substring tests on UTF-8 bytes: much cheaper than `String.ranges(of:)` for the many
/// "does this paragraph mention X" questions of the validator.
enum UTF8Search {
    static func contains(_ text: String, _ needle: String) -> Bool {
        // Both strings' own bytes: no copy of the needle for each of the many calls.
        needle.withBorrowedUTF8 { pattern in text.withBorrowedUTF8 { contains($0, pattern) } }
    }

    /// The same test on bytes. Eight positions at a time: a position can start a match only
    /// where the pattern's first byte and its last byte (at the pattern's length) both are,
    /// and in CJK text a pair of bytes rules out nearly every word whole. Each candidate
    /// (`ByteSearch.zeroBytes` may flag a few false ones, never miss one) is then compared.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard bytes.count >= pattern.count else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        let lastByte = pattern[pattern.count - 1], lastOffset = pattern.count - 1
        let firsts = ByteSearch.repeated(first), lasts = ByteSearch.repeated(lastByte)
        while index + 7 <= last {
            var candidates = ByteSearch.zeroBytes(ByteSearch.word(bytes, at: index) ^ firsts)
                & ByteSearch.zeroBytes(ByteSearch.word(bytes, at: index + lastOffset) ^ lasts)
            while candidates != 0 {
                if matches(bytes, pattern, at: index + candidates.trailingZeroBitCount / 8) { return true }
                candidates &= candidates - 1
            }
            index += 8
        }
        while index <= last {
            if bytes[index] == first, bytes[index + lastOffset] == lastByte, matches(bytes, pattern, at: index) { return true }
            index += 1
        }
        return false
    }

    @inline(__always)
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }
}

extension String {
    /// Substring test on UTF-8 bytes (see UTF8Search).
    func containsText(_ other: String) -> Bool { UTF8Search.contains(self, other) }
}

extension UTF8Search {
    /// Every occurrence of `needle` in `text`, as String ranges (a UTF-8 match that starts on
    /// a lead byte is always on a scalar boundary).
    static func ranges(of needle: String, in text: String) -> [Range<String.Index>] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        guard bytes.count >= pattern.count else { return [] }
        var found: [Range<String.Index>] = []
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: index)
                let end = text.utf8.index(start, offsetBy: pattern.count)
                found.append(start..<end)
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }
}
