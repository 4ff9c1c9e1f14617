/// Blocks of bytes → runs of whole lines, each cut just after a line end. A line end (LF, or
/// a CR whose next byte is already known not to make it CRLF) is never part of a character in
/// UTF-8 or GB18030 (their trail bytes are 0x30 and up) nor, at an even offset, in UTF-16: so
/// each run decodes on its own, no character is ever cut, and line numbers simply carry on.
/// What follows the last line end waits for the next block.
struct LineChunker {
    /// Bytes per code unit: 1 (UTF-8, GB18030) or 2 (UTF-16).
    private let unitWidth: Int
    private let bigEndian: Bool
    private var pending: [UInt8] = []

    init(encoding: SourceEncoding) {
        unitWidth = encoding == .utf16LE || encoding == .utf16BE ? 2 : 1
        bigEndian = encoding == .utf16BE
    }

    /// The whole lines the bytes so far complete, or nil when no line ended yet.
    mutating func append(_ block: [UInt8]) -> [UInt8]? {
        pending.append(contentsOf: block)
        guard let end = lastLineEnd() else { return nil }
        let run = Array(pending[..<end])
        pending.removeSubrange(..<end)
        return run
    }

    /// What is left at the end of the file (a last line without a line end).
    mutating func finish() -> [UInt8]? {
        defer { pending = [] }
        return pending.isEmpty ? nil : pending
    }

    /// The offset just past the last line end whose meaning is settled.
    private func lastLineEnd() -> Int? {
        var index = (pending.count / unitWidth - 1) * unitWidth
        while index >= 0 {
            let unit = self.unit(at: index)
            if unit == 0x0A || (unit == 0x0D && index + 2 * unitWidth <= pending.count) { return index + unitWidth }
            index -= unitWidth
        }
        return nil
    }

    private func unit(at index: Int) -> UInt16 {
        guard unitWidth == 2 else { return UInt16(pending[index]) }
        let first = UInt16(pending[index]), second = UInt16(pending[index + 1])
        return bigEndian ? first << 8 | second : second << 8 | first
    }
}
