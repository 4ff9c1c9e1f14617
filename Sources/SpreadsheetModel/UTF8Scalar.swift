/// Decoding one scalar from valid UTF-8 (what a String holds), for the byte-level text paths
/// (display width here, label comparisons in BudgetCore) that skip `Character` for speed.
public enum UTF8Scalar {
    /// True when the scalar starting at `index` (a lead byte) lies in U+4000–U+4DBF or
    /// U+4E00–U+9FFF, told by its first two bytes without decoding it: lead bytes E5–E9
    /// (U+5000–U+9FFF), or E4 but for E4 B7 (U+4DC0–U+4DFF, the hexagram symbols). Nearly
    /// every scalar of Chinese text is one; none of them composes or decomposes, and each prints wide.
    @inlinable @inline(__always)
    public static func isCommonIdeograph(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        guard lead >= 0xE4, lead <= 0xE9, index + 2 < bytes.count else { return false }  // a cut sequence is decoded
        return lead != 0xE4 || bytes[index + 1] != 0xB7
    }

    /// The scalar starting at `index` (a lead byte) and its length in bytes; a sequence cut
    /// short by the end of `bytes` (never so in a String) is read as far as it goes.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        var value: UInt32
        var length: Int
        if lead < 0x80 {
            return (UInt32(lead), 1)
        } else if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        let end = min(index + length, bytes.count)
        var next = index + 1
        while next < end {
            value = value << 6 | UInt32(bytes[next] & 0x3F)
            next += 1
        }
        return (value, end - index)
    }

    /// A scalar that is a Character of its own, already in NFC, composing with no neighbour
    /// (the scalars exports are made of; see BudgetCore's SingleScalarText, which reads with it).
    @inlinable @inline(__always)
    public static func isSingleScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x0C, 0x0E...0xFF,              // ASCII but CR (CR LF is one Character), Latin-1
             0x2010...0x2027, 0x2030...0x205E,      // punctuation, quotes; not the spaces and format marks
             0x3000...0x3029, 0x3030...0x303F,      // CJK punctuation; not the combining tone marks
             0x3041...0x3096, 0x30A0...0x30FF,      // kana; not the combining sound marks
             0x3400...0x4DBF, 0x4E00...0x9FFF,      // CJK ideographs (not the compatibility ones)
             0xFF01...0xFF60, 0xFFE0...0xFFE6,      // full-width forms
             0x20000...0x2A6DF:
            return true
        default:
            return false
        }
    }

    /// True when every scalar of these (valid UTF-8) bytes is single-scalar: two such texts
    /// are equal as Strings exactly when their bytes are.
    public static func allSingleScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
                continue
            }
            if isCommonIdeograph(bytes, at: index) {
                index += 3
                continue
            }
            let (value, length) = decode(bytes, at: index)
            if !isSingleScalar(value) { return false }
            index += length
        }
        return true
    }
}
