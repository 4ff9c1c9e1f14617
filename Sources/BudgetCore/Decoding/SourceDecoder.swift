/// Bytes → text: BOM first (UTF-8, UTF-16 LE/BE), else strict UTF-8, else GB18030.
/// GB18030 is never tried before UTF-8: it "decodes" UTF-8 into nonsense.
public enum SourceDecoder {
    public static func decode(_ bytes: [UInt8], lossy: Bool = false) throws(DecodingFailure) -> DecodedText {
        var decoded = try decodeText(bytes, lossy: lossy)
        // U+FFFE and U+FFFF decode but are no characters, and XML (so a workbook) cannot hold
        // them: they mark bytes read the wrong way, like invalid bytes.
        if Self.holdsNonCharacter(&decoded.text),
           let bad = decoded.text.unicodeScalars.firstIndex(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            guard lossy else {
                let units = decoded.text.utf16.distance(from: decoded.text.utf16.startIndex, to: bad.samePosition(in: decoded.text.utf16) ?? decoded.text.utf16.endIndex)
                let utf8 = decoded.text.utf8.distance(from: decoded.text.utf8.startIndex, to: bad)
                switch decoded.encoding {
                case .utf16LE, .utf16BE: throw .invalidBytes(offset: 2 + 2 * units)
                case .utf8BOM: throw .invalidBytes(offset: 3 + utf8)
                case .utf8, .gb18030: throw .invalidBytes(offset: utf8)
                }
            }
            var scalars = String.UnicodeScalarView()
            for scalar in decoded.text.unicodeScalars {
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    scalars.append("\u{FFFD}")
                    decoded.replacements += 1
                } else {
                    scalars.append(scalar)
                }
            }
            decoded.text = String(scalars)
        }
        // U+0000 is no text (and would cut a cell short in the C writer): a binary file, even
        // behind a UTF-16 byte-order mark.
        if decoded.text.withUTF8({ $0.contains(0) }), let nul = decoded.text.utf16.firstIndex(of: 0) {
            let unit = decoded.text.utf16.distance(from: decoded.text.utf16.startIndex, to: nul)
            let isUTF16 = decoded.encoding == .utf16LE || decoded.encoding == .utf16BE
            throw .binary(offset: isUTF16 ? 2 + 2 * unit : unit)
        }
        return decoded
    }

    /// Whether the text holds U+FFFE or U+FFFF (EF BF BE, EF BF BF), on its bytes: a scan of
    /// the scalars is the slow way to find nothing in a text that has none.
    private static func holdsNonCharacter(_ text: inout String) -> Bool {
        text.withUTF8 { bytes in
            var from = 0
            while let index = ByteSearch.firstIndex(of: 0xEF, in: bytes, from: from), index + 2 < bytes.count {
                if bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF { return true }
                from = index + 1
            }
            return false
        }
    }

    private static func decodeText(_ bytes: [UInt8], lossy: Bool) throws(DecodingFailure) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }

        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            return try decodeUTF8(body, encoding: .utf8BOM, offsetBase: 3, lossy: lossy)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeUTF16(bytes.dropFirst(2), littleEndian: true, lossy: lossy)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes.dropFirst(2), littleEndian: false, lossy: lossy)
        }
        if let nul = bytes.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: 0, in: $0) }) { throw .binary(offset: nul) }

        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8)
        }
        switch GB18030Decoder.decode(bytes, lossy: false) {
        case .decoded(let text, _):
            return DecodedText(text: text, encoding: .gb18030)
        case .invalid(let gbOffset):
            let utf8Offset = firstInvalidUTF8Offset(bytes) ?? 0
            guard lossy else { throw .invalidBytes(offset: max(gbOffset, utf8Offset)) }
            // Lossy: keep whichever reading goes further before its first bad byte.
            if utf8Offset >= gbOffset {
                let text = String(decoding: bytes, as: UTF8.self)
                return DecodedText(text: text, encoding: .utf8, replacements: countReplacements(text))
            }
            if case .decoded(let text, let replaced) = GB18030Decoder.decode(bytes, lossy: true) {
                return DecodedText(text: text, encoding: .gb18030, replacements: replaced)
            }
            throw .invalidBytes(offset: gbOffset)
        }
    }

    private static func decodeUTF8(_ body: [UInt8], encoding: SourceEncoding, offsetBase: Int,
                                   lossy: Bool) throws(DecodingFailure) -> DecodedText {
        if let text = String(validating: body, as: UTF8.self) {
            return DecodedText(text: text, encoding: encoding)
        }
        guard lossy else { throw .invalidBytes(offset: offsetBase + (firstInvalidUTF8Offset(body) ?? 0)) }
        let text = String(decoding: body, as: UTF8.self)
        return DecodedText(text: text, encoding: encoding, replacements: countReplacements(text))
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool,
                                    lossy: Bool) throws(DecodingFailure) -> DecodedText {
        guard body.count % 2 == 0 else { throw .oddUTF16Length }
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        let encoding: SourceEncoding = littleEndian ? .utf16LE : .utf16BE
        if let text = String(validating: units, as: UTF16.self) {
            return DecodedText(text: text, encoding: encoding)
        }
        guard lossy else {
            throw .invalidBytes(offset: 2 + 2 * (firstInvalidUTF16Index(units) ?? 0))
        }
        let text = String(decoding: units, as: UTF16.self)
        return DecodedText(text: text, encoding: encoding, replacements: countReplacements(text))
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func firstInvalidUTF16Index(_ units: [UInt16]) -> Int? {
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var index = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): index += UTF16.width(scalar)
            case .emptyInput: return nil
            case .error: return index
            }
        }
    }

    private static func countReplacements(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    }
}
