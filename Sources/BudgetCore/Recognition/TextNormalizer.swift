import SpreadsheetModel

/// Normalizations used to compare labels and titles (never to change what is written).
/// Hot: the recognizer, layout and validator call these for every label, so they work on
/// UTF-8 bytes, with a fast path for text that needs no change.
public enum TextNormalizer {
    /// Without any whitespace (ASCII, tabs, U+3000, line breaks).
    public static func compact(_ text: String) -> String {
        text.withBorrowedUTF8 { bytes in
            guard firstWhitespace(bytes) != nil else { return nil }
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let (value, length) = SingleScalarText.decode(bytes, at: index)
                if !isWhitespace(value) { keep(bytes, index, length, in: &kept) }
                index += length
            }
            return String(decoding: kept, as: UTF8.self)
        } ?? text
    }

    /// Compact, quotes removed, 政府基金 → 政府性基金, full-width digits to ASCII.
    public static func label(_ text: String) -> String {
        text.withBorrowedUTF8 { bytes -> String? in
            guard needsLabelChange(bytes) else { return nil }
            // Rebuilt as bytes: each kept scalar's own bytes, so no scalar-by-scalar string.
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count + 3)
            var index = 0
            while index < bytes.count {
                let (value, length) = SingleScalarText.decode(bytes, at: index)
                defer { index += length }
                guard !isWhitespace(value) else { continue }
                switch value {
                case 0x201C, 0x201D, 0x22, 0x27, 0x2018, 0x2019, 0x300C, 0x300D: continue
                case 0xFF10...0xFF19:
                    kept.append(UInt8(value - 0xFF10 + 0x30))
                case 0x91D1 where kept.count >= 9 && kept.suffix(9).elementsEqual(governmentBase):
                    // 政府基金 → 政府性基金: 性 goes before 基.
                    kept.insert(contentsOf: nature, at: kept.count - 3)
                    keep(bytes, index, length, in: &kept)
                default:
                    keep(bytes, index, length, in: &kept)
                }
            }
            return String(decoding: kept, as: UTF8.self)
        } ?? text
    }

    /// Appends one scalar's bytes byte by byte: into reserved room that is a store each,
    /// where appending the slice went through the generic sequence path for every scalar.
    @inline(__always)
    private static func keep(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int, in kept: inout [UInt8]) {
        for offset in index..<(index + length) { kept.append(bytes[offset]) }
    }

    private static let governmentBase = Array("政府基".utf8)
    private static let nature = Array("性".utf8)

    /// True when `label` would remove or rewrite a scalar (金 for 政府基金).
    private static func needsLabelChange(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                switch lead {
                case 0x09...0x0D, 0x20, 0x22, 0x27: return true
                default: index += 1; continue
                }
            }
            // Only scalars led by C2, E1, E2, E3, E9 (金) or EF can matter: the others (most
            // CJK ideographs) are stepped over by their lead byte without decoding.
            switch lead {
            case 0xC3...0xDF: index += 2; continue
            case 0xE4...0xE8, 0xEA...0xEE: index += 3; continue
            case 0xF0...0xF4: index += 4; continue
            default: break
            }
            let (value, length) = SingleScalarText.decode(bytes, at: index)
            switch value {
            case 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0xFF10...0xFF19, 0x91D1: return true
            default: if isWhitespace(value) { return true }
            }
            index += length
        }
        return false
    }

    /// The byte offset of the first whitespace scalar, if any. On bytes: a whitespace scalar
    /// is ASCII or starts with C2, E1, E2 or E3, so most CJK text is passed over unread, and
    /// eight bytes at a time where none of them can start one (`mayStartWhitespace`).
    static func firstWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            while index + 8 <= bytes.count, !mayStartWhitespace(ByteSearch.word(bytes, at: index)) { index += 8 }
            guard index < bytes.count else { return nil }
            let lead = bytes[index]
            switch lead {
            case 0x09...0x0D, 0x20:
                return index
            case 0xC2, 0xE1, 0xE2, 0xE3:
                let (value, length) = SingleScalarText.decode(bytes, at: index)
                if isWhitespace(value) { return index }
                index += length
            default:
                index += 1  // ASCII, or a byte of a scalar that is no whitespace
            }
        }
        return nil
    }

    /// Whether any of a word's eight bytes is below 0x21 (ASCII whitespace among them) or one
    /// of C2, E0–E3 (the lead bytes of the other whitespace scalars, and E0). A word without
    /// such a byte holds no whitespace scalar's first byte: skipping it whole is safe wherever
    /// it starts, as continuation bytes never start one.
    @inline(__always)
    private static func mayStartWhitespace(_ word: UInt64) -> Bool {
        let low = (word &- ByteSearch.repeated(0x21)) & ~word & 0x8080_8080_8080_8080
        let c2 = ByteSearch.zeroBytes(word ^ ByteSearch.repeated(0xC2))
        let e0to3 = ByteSearch.zeroBytes((word & ByteSearch.repeated(0xFC)) ^ ByteSearch.repeated(0xE0))
        return low | c2 | e0to3 != 0
    }

    /// Unicode White_Space, without a property table look-up for every character.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        isWhitespace(scalar.value)
    }

    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
