/// Display width in Excel character units: a CJK (wide or full-width) character counts two.
///
/// Hot: every bordered cell sizes its column and every wrapped cell its row, so the widths are
/// summed over the UTF-8 bytes (ASCII one byte at a time) rather than over Characters.
public enum DisplayWidth {
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        if let total = text.utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var total = 0
            forEachLine(bytes, splitting: false) { total = $0 }
            return total
        }) {
            return total
        }
        return text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// The widest line of a possibly multi-line text.
    public static func widestLine(_ text: String) -> Int {
        var widest = 0
        forEachLineWidth(text) { widest = max(widest, $0) }
        return widest
    }

    /// The widest line's width and the number of lines (one for a text without LF).
    public static func widestLineAndCount(_ text: String) -> (widest: Int, lines: Int) {
        var widest = 0, lines = 0
        forEachLineWidth(text) { widest = max(widest, $0); lines += 1 }
        return (widest, lines)
    }

    /// Calls `body` with the width of each line of `text`, in order. Lines end at LF, as
    /// `split(separator: "\n")` splits them: an LF right after a CR is part of the one
    /// Character "\r\n" and does not end a line (it counts as a character). A text ending in
    /// LF has an empty last line; an empty text has one empty line.
    public static func forEachLineWidth(_ text: String, _ body: (Int) -> Void) {
        text.withBorrowedUTF8 { forEachLine($0, splitting: true, body) }
    }

    public static func width(of scalar: Unicode.Scalar) -> Int {
        width(ofValue: scalar.value)
    }

    @inline(__always)
    static func width(ofValue value: UInt32) -> Int {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        case 0x0300...0x036F, 0x200B...0x200F:
            return 0
        default:
            return 1
        }
    }

    /// Valid UTF-8 (what a String holds) → the width of each line.
    private static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, splitting: Bool, _ body: (Int) -> Void) {
        var total = 0
        var index = 0
        var previous: UInt8 = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if splitting && lead == 0x0A && previous != 0x0D {
                    body(total)
                    total = 0
                } else {
                    total += 1
                }
                previous = lead
                index += 1
                continue
            }
            previous = lead
            if UTF8Scalar.isCommonIdeograph(bytes, at: index) {  // wide, without decoding
                total += 2
                index += 3
                continue
            }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            total += width(ofValue: value)
            index += length
        }
        body(total)
    }
}
