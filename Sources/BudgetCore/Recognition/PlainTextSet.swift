/// A few texts to look others up in, with `Set<String>`'s answer (canonical equivalence)
/// but compared on bytes where both sides are plain (`SingleScalarText`): hashing a CJK String
/// normalizes it first, and a profile found the family detection's header look-ups at 0.7%
/// of a conversion, nearly all of it normalizing.
struct PlainTextSet: Sendable, Equatable {
    /// The plain members' bytes, compared by length first.
    private let plain: [[UInt8]]
    /// Every member, for texts that are not plain (and plain texts against members that are not).
    private let all: Set<String>
    private let allPlain: Bool

    init<S: Sequence<String>>(_ texts: S) {
        all = Set(texts)
        let members = all.filter { SingleScalarText.holds($0) }
        plain = members.map { Array($0.utf8) }
        allPlain = members.count == all.count
    }

    /// `contains` for a text whose bytes are these, plain (`SingleScalarText.holds`). Plain
    /// texts are in NFC, so a plain member equals a plain text exactly when its bytes do; a
    /// member that is not plain may still be canonically equivalent to it.
    func containsPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for member in plain where member.count == bytes.count && member.elementsEqual(bytes) { return true }
        return allPlain ? false : all.contains(String(decoding: bytes, as: UTF8.self))
    }

    /// `Set<String>.contains(text)`; `isPlain` is `SingleScalarText.holds(text)`, found once by the caller.
    func contains(_ text: String, isPlain: Bool) -> Bool {
        guard isPlain else { return all.contains(text) }
        return text.withBorrowedUTF8 { containsPlain($0) }
    }
}
