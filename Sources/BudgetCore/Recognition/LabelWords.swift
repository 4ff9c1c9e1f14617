/// Fixed words a label is tested against, kept as their bytes: a label asked about a dozen
/// words borrows its bytes once (and finds whether it is plain once), where `containsText`,
/// `equalsText` and `endsWithText` each borrowed both texts and scanned them again.
struct LabelWords: Sendable {
    private let words: [[UInt8]]

    init(_ words: [String]) { self.words = words.map { Array($0.utf8) } }

    /// Whether any word occurs in the bytes: `containsText`'s answer (a byte search for any text).
    func anyOccurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { word in word.withUnsafeBufferPointer { UTF8Search.contains(bytes, $0) } }
    }

    /// Whether the bytes are one of the words: `equalsText`'s answer when the bytes and the
    /// words are plain (`SingleScalarText.holds`), which the caller has found.
    func anyEquals(plain bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { $0.count == bytes.count && $0.elementsEqual(bytes) }
    }

    /// Whether the bytes end with one of the words: `endsWithText`'s answer for plain bytes and words.
    func anyEnds(plain bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { $0.count <= bytes.count && bytes[(bytes.count - $0.count)...].elementsEqual($0) }
    }
}
