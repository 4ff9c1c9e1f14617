import SpreadsheetModel

/// Text whose bytes can be compared as they are: every scalar in it is a Character of its own,
/// already in NFC, and composes with no neighbour. For such text, `==`, `hasPrefix`,
/// `hasSuffix` and `count` on Characters give what a byte comparison and a scalar count give,
/// without the grapheme breaking and normalisation that make them slow on CJK text.
///
/// The scalars are a short list that exports are made of (ASCII but CR, Latin-1, general
/// punctuation, CJK punctuation, kana, CJK ideographs, full-width forms); anything else
/// (combining marks, Hangul jamo, emoji modifiers, regional indicators, compatibility
/// ideographs, …) sends the caller back to the Character-based comparison.
enum SingleScalarText {
    @inline(__always)
    static func isSingleScalar(_ value: UInt32) -> Bool { UTF8Scalar.isSingleScalar(value) }

    /// True when every scalar of these (valid UTF-8) bytes is single-scalar.
    static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { UTF8Scalar.allSingleScalar(bytes) }

    /// `holds`, and no scalar is whitespace: such bytes are their own `TextNormalizer.compact`
    /// and compare as bytes. One pass, where compacting and then testing read a label twice.
    static func holdsWithoutWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) { return false }  // CR is neither plain nor kept
                index += 1
                continue
            }
            if UTF8Scalar.isCommonIdeograph(bytes, at: index) {
                index += 3
                continue
            }
            let (value, length) = decode(bytes, at: index)
            if !isSingleScalar(value) || TextNormalizer.isWhitespace(value) { return false }
            index += length
        }
        return true
    }

    static func holds(_ text: String) -> Bool {
        text.withBorrowedUTF8 { holds($0) }
    }

    /// The scalar starting at `index` (a lead byte of valid UTF-8) and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        UTF8Scalar.decode(bytes, at: index)
    }

    /// The scalar ending right before `end` (a scalar boundary of valid UTF-8).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> UInt32 {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(bytes, at: start).value
    }
}

extension SingleScalarText {
    /// True when both texts start (or, `atEnd`, end) with a common ideograph and those two
    /// differ. Such an ideograph neither composes nor decomposes and is a starter, so the
    /// texts' first (last) characters cannot be canonically equivalent: not equal, and
    /// neither a prefix (suffix) of the other. Most label comparisons are settled so, before
    /// either text is scanned whole.
    @inline(__always)
    static func ideographsDiffer(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, atEnd: Bool = false) -> Bool {
        guard a.count >= 3, b.count >= 3 else { return false }
        let i = atEnd ? a.count - 3 : 0, j = atEnd ? b.count - 3 : 0
        guard UTF8Scalar.isCommonIdeograph(a, at: i), UTF8Scalar.isCommonIdeograph(b, at: j) else { return false }
        return a[i] != b[j] || a[i + 1] != b[j + 1] || a[i + 2] != b[j + 2]
    }

    /// `text.hasPrefix(prefix)` (Characters, canonical equivalence), on bytes when the
    /// prefix and the text's first scalars (one more than the prefix has) are single-scalar.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let known: Bool? = text.withBorrowedUTF8 { textBytes in
            prefix.withBorrowedUTF8 { prefixBytes -> Bool? in
                if ideographsDiffer(textBytes, prefixBytes) { return false }
                guard let scalars = scalarCount(ifSingleScalar: prefixBytes) else { return nil }
                var index = 0
                var seen = 0
                while index < textBytes.count, seen <= scalars {
                    let (value, length) = decode(textBytes, at: index)
                    guard isSingleScalar(value) else { return nil }
                    index += length
                    seen += 1
                }
                guard prefixBytes.count <= textBytes.count else { return false }
                return memcmp(textBytes, 0, prefixBytes)
            }
        }
        return known ?? text.hasPrefix(prefix)
    }

    /// `text.hasSuffix(suffix)` (Characters, canonical equivalence), on bytes when the
    /// suffix and the text's last scalars (one more than the suffix has) are single-scalar.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let known: Bool? = text.withBorrowedUTF8 { textBytes in
            suffix.withBorrowedUTF8 { suffixBytes -> Bool? in
                if ideographsDiffer(textBytes, suffixBytes, atEnd: true) { return false }
                guard let scalars = scalarCount(ifSingleScalar: suffixBytes) else { return nil }
                var end = textBytes.count
                var seen = 0
                while end > 0, seen <= scalars {
                    var start = end - 1
                    while start > 0, textBytes[start] & 0xC0 == 0x80 { start -= 1 }
                    guard isSingleScalar(decode(textBytes, at: start).value) else { return nil }
                    end = start
                    seen += 1
                }
                guard suffixBytes.count <= textBytes.count else { return false }
                return memcmp(textBytes, textBytes.count - suffixBytes.count, suffixBytes)
            }
        }
        return known ?? text.hasSuffix(suffix)
    }

    /// `text == other` (canonical equivalence), on bytes when both are single-scalar: such
    /// texts are in NFC, so they are equivalent exactly when their bytes are equal. String's
    /// own `==` proves two different CJK texts unequal by normalizing them as it goes.
    static func equals(_ text: String, _ other: String) -> Bool {
        let known: Bool? = text.withBorrowedUTF8 { textBytes in
            other.withBorrowedUTF8 { otherBytes -> Bool? in
                if ideographsDiffer(textBytes, otherBytes) { return false }
                if textBytes.count == otherBytes.count, memcmp(textBytes, 0, otherBytes) { return true }
                return holds(textBytes) && holds(otherBytes) ? false : nil
            }
        }
        return known ?? (text == other)
    }

    /// `text.count` (Characters): the scalar count when the text is single-scalar.
    static func characterCount(_ text: String) -> Int {
        text.withBorrowedUTF8 { scalarCount(ifSingleScalar: $0) } ?? text.count
    }

    /// The number of scalars, or nil when one of them is not single-scalar.
    static func scalarCount(ifSingleScalar bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var count = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return nil }
                index += 1
            } else if UTF8Scalar.isCommonIdeograph(bytes, at: index) {
                index += 3
            } else {
                let (value, length) = decode(bytes, at: index)
                guard isSingleScalar(value) else { return nil }
                index += length
            }
            count += 1
        }
        return count
    }

    @inline(__always)
    private static func memcmp(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < other.count {
            if bytes[offset + index] != other[index] { return false }
            index += 1
        }
        return true
    }
}

extension String {
    /// `hasPrefix` with the same result, on bytes for plain text (see SingleScalarText).
    func startsWithText(_ prefix: String) -> Bool { SingleScalarText.hasPrefix(self, prefix) }
    /// `hasSuffix` with the same result, on bytes for plain text (see SingleScalarText).
    func endsWithText(_ suffix: String) -> Bool { SingleScalarText.hasSuffix(self, suffix) }
    /// `==` with the same result, on bytes for plain text (see SingleScalarText).
    func equalsText(_ other: String) -> Bool { SingleScalarText.equals(self, other) }
    /// `count` (Characters), without grapheme breaking for plain text.
    var characterCount: Int { SingleScalarText.characterCount(self) }
}
