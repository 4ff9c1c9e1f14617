import SpreadsheetModel

/// Splits text into lines at LF, CRLF or CR, numbering them from 1, without copying the
/// whole text again.
public struct LineSplitter: Sequence, IteratorProtocol {
    private let text: String
    private var index: String.UTF8View.Index
    private var number = 0
    private var finished = false

    public init(_ text: String) {
        self.text = text
        self.index = text.utf8.startIndex
    }

    public mutating func next() -> (number: Int, text: Substring)? {
        let utf8 = text.utf8
        guard !finished else { return nil }
        if index == utf8.endIndex {
            finished = true
            return nil  // a final line end does not open an empty last line
        }
        // On the contiguous bytes when the string has them (a native string always does):
        // the line end by offset, then one index step to it.
        let found = utf8.withContiguousStorageIfAvailable { bytes -> (length: Int, terminator: Int) in
            let start = utf8.distance(from: utf8.startIndex, to: index)
            let (end, next) = Self.lineEnd(in: bytes, from: start)
            return (end - start, next - end)
        }
        let start = index
        let end: String.UTF8View.Index
        if let found {
            end = utf8.index(start, offsetBy: found.length)
            index = utf8.index(end, offsetBy: found.terminator)
        } else {
            var scan = index
            while scan < utf8.endIndex, utf8[scan] != 0x0A, utf8[scan] != 0x0D { scan = utf8.index(after: scan) }
            end = scan
            var nextStart = end
            if nextStart < utf8.endIndex {
                let terminator = utf8[nextStart]
                nextStart = utf8.index(after: nextStart)
                if terminator == 0x0D, nextStart < utf8.endIndex, utf8[nextStart] == 0x0A {
                    nextStart = utf8.index(after: nextStart)
                }
            }
            index = nextStart
        }
        number += 1
        return (number, text[start..<end])
    }

    /// The line starting at byte `start`: where it ends (before LF, CR or CR LF, or at the end
    /// of the bytes) and where the next line starts.
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, next: Int) {
        var end = start
        // Eight bytes at a time while none is a LF or CR (`ByteSearch`), then byte by byte from
        // the first candidate.
        let lf = ByteSearch.repeated(0x0A), cr = ByteSearch.repeated(0x0D)
        while end + 8 <= bytes.count {
            let word = ByteSearch.word(bytes, at: end)
            let found = ByteSearch.zeroBytes(word ^ lf) | ByteSearch.zeroBytes(word ^ cr)
            if found != 0 {
                end += found.trailingZeroBitCount / 8
                break
            }
            end += 8
        }
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        guard end < bytes.count else { return (end, end) }
        return (end, bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? end + 2 : end + 1)
    }

    /// `lineEnd(in:from:).end` on a string's contiguous bytes.
    static func lineEnd(in text: String, from start: Int) -> Int {
        text.withBorrowedUTF8 { lineEnd(in: $0, from: start).end }
    }
}
