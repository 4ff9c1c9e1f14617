/// GB18030 decoding for readers outside the core (an HTML page declaring `charset=gbk`):
/// strict, naming the byte offset of the first invalid sequence.
public enum GB18030Text {
    public static func decode(_ bytes: [UInt8]) throws(DecodingFailure) -> String {
        switch GB18030Decoder.decode(bytes, lossy: false) {
        case .decoded(let text, _): return text
        case .invalid(let offset): throw .invalidBytes(offset: offset)
        }
    }
}
