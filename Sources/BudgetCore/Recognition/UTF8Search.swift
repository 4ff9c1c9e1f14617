import SpreadsheetModel

/// Substring tests on UTF-8 bytes: much cheaper than `String.ranges(of:)` for the many
/// "does this paragraph mention X" questions of the validator.
enum UTF8Search {
    static func contains(_ text: String, _ needle: String) -> Bool {
        // Both strings' own bytes: no copy of the needle for each of the many calls.
        needle.withBorrowedUTF8 { pattern in text.withBorrowedUTF8 { contains($0, pattern) } }
    }

    /// The same test on bytes.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        pattern.isEmpty || firstMatch(of: pattern, in: bytes, from: 0) != nil
    }

    /// Where the first occurrence of a pattern (not empty) at or after `start` begins. Eight
    /// positions at a time: a position can start a match only where the pattern's first byte
    /// and its last byte (at the pattern's length) both are, and in CJK text a pair of bytes
    /// rules out nearly every word whole. Each candidate (`ByteSearch.zeroBytes` may flag a
    /// few false ones, never miss one) is then compared, lowest first.
    static func firstMatch(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = max(start, 0)
        let last = bytes.count - pattern.count
        let lastByte = pattern[pattern.count - 1], lastOffset = pattern.count - 1
        let firsts = ByteSearch.repeated(first), lasts = ByteSearch.repeated(lastByte)
        while index + 7 <= last {
            var candidates = ByteSearch.zeroBytes(ByteSearch.word(bytes, at: index) ^ firsts)
                & ByteSearch.zeroBytes(ByteSearch.word(bytes, at: index + lastOffset) ^ lasts)
            while candidates != 0 {
                let candidate = index + candidates.trailingZeroBitCount / 8
                if matches(bytes, pattern, at: candidate) { return candidate }
                candidates &= candidates - 1
            }
            index += 8
        }
        while index <= last {
            if bytes[index] == first, bytes[index + lastOffset] == lastByte, matches(bytes, pattern, at: index) { return index }
            index += 1
        }
        return nil
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

    /// The same for a literal: its bytes are static, so the text's are read in one closure
    /// that holds no other String. (With two Strings, one is read inside the other's
    /// closure, and a cell's text read out of an array was retained and released around
    /// each test.)
    func containsText(literal: StaticString) -> Bool {
        guard literal.hasPointerRepresentation else { return containsText(literal.description) }
        let pattern = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        return withBorrowedUTF8 { UTF8Search.contains($0, pattern) }
    }
}

extension UTF8Search {
    /// Every occurrence of `needle` in `text`, as String ranges (a UTF-8 match that starts on
    /// a lead byte is always on a scalar boundary).
    static func ranges(of needle: String, in text: String) -> [Range<String.Index>] {
        // Offsets found on both strings' own bytes, eight positions at a time (`firstMatch`);
        // the paragraph was copied into an array and searched byte by byte.
        let offsets = needle.withBorrowedUTF8 { pattern in
            text.withBorrowedUTF8 { bytes -> [Int] in
                var found: [Int] = []
                var index = 0
                while let start = firstMatch(of: pattern, in: bytes, from: index) {
                    found.append(start)
                    index = start + pattern.count
                }
                return found
            }
        }
        let utf8 = text.utf8, length = needle.utf8.count
        return offsets.map { offset in
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return start..<utf8.index(start, offsetBy: length)
        }
    }
}
