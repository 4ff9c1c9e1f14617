import BudgetCore

/// Lines → the bytes a clerk's machine would save: UTF-8 (with or without BOM), GB18030
/// (always CRLF) or UTF-16LE with BOM.
enum ExportEncoder {
    static func encode(_ lines: ArraySlice<String>, encoding: SourceEncoding, lineEnding: LineEnding,
                       byteOrderMark: Bool = true) throws(CorpusError) -> [UInt8] {
        guard !lines.isEmpty else { return [] }
        switch encoding {
        case .gb18030:
            guard let bytes = GB18030Encoder.encode(lines.joined(separator: "\r\n") + "\r\n") else {
                throw .encodingFailed(encoding.rawValue)
            }
            return bytes
        case .utf16LE, .utf16BE:
            let text = lines.joined(separator: lineEnding.text) + lineEnding.text
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count * 2 + 2)
            if byteOrderMark { bytes += encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF] }
            for unit in text.utf16 {
                let low = UInt8(truncatingIfNeeded: unit), high = UInt8(truncatingIfNeeded: unit >> 8)
                if encoding == .utf16LE {
                    bytes.append(low)
                    bytes.append(high)
                } else {
                    bytes.append(high)
                    bytes.append(low)
                }
            }
            return bytes
        case .utf8, .utf8BOM:
            let text = lines.joined(separator: lineEnding.text) + lineEnding.text
            return (encoding == .utf8BOM && byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        }
    }

    /// FNV-1a 64, hex: stable across runs and platforms (unlike `Hasher`).
    static func checksum(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
