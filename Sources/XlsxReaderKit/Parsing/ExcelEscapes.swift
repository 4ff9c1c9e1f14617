/// Excel stores characters XML cannot carry (control characters) as `_xHHHH_`, and a
/// literal "_x" sequence as `_x005F_x...`. Decoding them gives the text Excel shows.
enum ExcelEscapes {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let units = Array(text.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            if units[i] == 0x5F, i + 6 < units.count, units[i + 1] == 0x78, units[i + 6] == 0x5F,
               let code = hexValue(units[(i + 2)..<(i + 6)]) {
                out.append(code)
                i += 7
            } else {
                out.append(units[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    private static func hexValue(_ digits: ArraySlice<UInt16>) -> UInt16? {
        var value: UInt16 = 0
        for d in digits {
            let nibble: UInt16
            switch d {
            case 0x30...0x39: nibble = d - 0x30
            case 0x41...0x46: nibble = d - 0x41 + 10
            case 0x61...0x66: nibble = d - 0x61 + 10
            default: return nil
            }
            value = value << 4 | nibble
        }
        return value
    }
}
