/// One run of whole lines → text, in an encoding already decided for the whole file. Nil
/// when the run is not valid text in that encoding or holds what SourceDecoder refuses
/// (U+0000, U+FFFE, U+FFFF): the file is then read whole, so SourceDecoder says what and
/// where exactly as it always has (and `--lossy` replaces as it always has).
enum ChunkDecoder {
    static func decode(_ bytes: [UInt8], as encoding: SourceEncoding) -> String? {
        let text: String?
        switch encoding {
        case .utf8, .utf8BOM:
            text = String(validating: bytes, as: UTF8.self)
        case .gb18030:
            text = GB18030Text.decode(bytes)
        case .utf16LE, .utf16BE:
            guard bytes.count % 2 == 0 else { return nil }
            var units = [UInt16]()
            units.reserveCapacity(bytes.count / 2)
            var index = 0
            while index < bytes.count {
                let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
                units.append(encoding == .utf16BE ? first << 8 | second : second << 8 | first)
                index += 2
            }
            text = String(validating: units, as: UTF16.self)
        }
        guard let text, isClean(text) else { return nil }
        return text
    }

    /// No U+0000 (byte 00 in UTF-8), U+FFFE (EF BF BE) or U+FFFF (EF BF BF).
    static func isClean(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if byte == 0 { return false }
            if previous == (0xEF, 0xBF), byte == 0xBE || byte == 0xBF { return false }
            previous = (previous.1, byte)
        }
        return true
    }
}
