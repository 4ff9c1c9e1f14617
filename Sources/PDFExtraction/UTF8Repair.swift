/// mutool writes some names (fonts of Chinese PDFs) as raw GBK bytes, which makes its XML
/// invalid UTF-8, and may write character references XML forbids (`&#x1;`). libxml2 stops at
/// either, so invalid bytes become `?` and forbidden references `&#xFFFD;` first.
enum UTF8Repair {
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "&"), let (value, length) = characterReference(bytes, at: index),
                   !allowedInXML(value) {
                    output.append(contentsOf: Array("&#xFFFD;".utf8))
                    index += length
                    continue
                }
                // Control characters other than tab, newline and return are not XML.
                output.append(byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D ? UInt8(ascii: "?") : byte)
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                output.append(UInt8(ascii: "?"))
                index += 1
            }
        }
        return output
    }

    /// Length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int, minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value), allowedInXML(value) else { return 0 }
        return length
    }

    /// A `&#x…;` or `&#…;` reference at `index`: its value and length in bytes.
    private static func characterReference(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        guard index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "#") else { return nil }
        var position = index + 2
        let hex = bytes[position] == UInt8(ascii: "x")
        if hex { position += 1 }
        var value: UInt32 = 0
        var digits = 0
        while position < bytes.count, digits <= 8 {
            let byte = bytes[position]
            if byte == UInt8(ascii: ";") {
                return digits > 0 ? (value, position - index + 1) : nil
            }
            guard let digit = digitValue(byte, hex: hex) else { return nil }
            value = value &* (hex ? 16 : 10) &+ digit
            digits += 1
            position += 1
        }
        return nil
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func allowedInXML(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
