import BudgetCore

/// Deliberately bad files (BrokenKind), each bad in one labelled way.
enum BrokenFiles {
    /// A file that is not text at all: an image header (NUL at offset 8) and noise.
    static func binary(random: inout SeededRandom) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        for _ in 0..<random.int(64...2048) { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
        return bytes
    }

    /// The export with bytes that are invalid in its own encoding inserted at the start of a
    /// line in the middle of the file (a character boundary, so only those bytes are bad).
    static func invalidBytes(_ lines: [String], encoding: SourceEncoding, lineEnding: LineEnding,
                             random: inout SeededRandom) throws(CorpusError) -> [UInt8] {
        guard lines.count >= 2 else {
            return try ExportEncoder.encode(lines[...], encoding: encoding, lineEnding: lineEnding) + [0xFF, 0xFE, 0xFD]
        }
        let cut = max(1, min(lines.count - 1, lines.count * random.int(30...70) / 100))
        let head = try ExportEncoder.encode(lines[..<cut], encoding: encoding, lineEnding: lineEnding)
        let tail = try ExportEncoder.encode(lines[cut...], encoding: encoding, lineEnding: lineEnding, byteOrderMark: false)
        let bad: [UInt8]
        switch encoding {
        case .utf16LE: bad = [0x00, 0xD8]  // a lone high surrogate (U+D800)
        case .utf16BE: bad = [0xD8, 0x00]
        default: bad = [0xFF, 0xFE, 0xFD]  // never valid in UTF-8 nor GB18030
        }
        return head + bad + tail
    }
}
