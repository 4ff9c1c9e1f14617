/// GB18030 (a superset of GBK, code page 936) on its own, for bytes known not to be UTF-8
/// whatever they look like: zip member names written by Windows without the UTF-8 flag, an
/// HTML page declaring `charset=gbk`.
public enum GB18030Text {
    /// The text, or nil when the bytes are not GB18030; with `lossy`, bad bytes become U+FFFD.
    public static func decode(_ bytes: [UInt8], lossy: Bool = false) -> String? {
        switch GB18030Decoder.decode(bytes, lossy: lossy) {
        case .decoded(let text, _): return text
        case .invalid: return nil
        }
    }

    /// The text, or a failure naming the byte offset of the first invalid sequence.
    public static func decodeStrictly(_ bytes: [UInt8]) throws(DecodingFailure) -> String {
        switch GB18030Decoder.decode(bytes, lossy: false) {
        case .decoded(let text, _): return text
        case .invalid(let offset): throw .invalidBytes(offset: offset)
        }
    }
}
