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
}
