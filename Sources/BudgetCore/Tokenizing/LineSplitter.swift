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
        let start = index
        var end = index
        while end < utf8.endIndex, utf8[end] != 0x0A, utf8[end] != 0x0D { end = utf8.index(after: end) }
        var nextStart = end
        if nextStart < utf8.endIndex {
            let terminator = utf8[nextStart]
            nextStart = utf8.index(after: nextStart)
            if terminator == 0x0D, nextStart < utf8.endIndex, utf8[nextStart] == 0x0A {
                nextStart = utf8.index(after: nextStart)
            }
        }
        index = nextStart
        number += 1
        return (number, text[start..<end])
    }
}
