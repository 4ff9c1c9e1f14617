/// A few texts to look others up in, with `Set<String>`'s answer (canonical equivalence)
/// but compared on bytes where both sides are plain (`SingleScalarText`): hashing a CJK String
/// normalizes it first, and a profile found the family detection's header look-ups at 0.7%
/// of a conversion, nearly all of it normalizing.
///
/// A class of `let`s, its plain members' bytes in one array: it is read in place from the
/// family that holds it, where a struct was copied out of the family for each header cell
/// and each member's array retained and released as it was compared.
final class PlainTextSet: Sendable, Equatable {
    /// The plain members' bytes, one after another: member `i` ends at `plainEnds[i]`, where
    /// the one before it ends (0 for the first).
    private let plainBytes: [UInt8]
    private let plainEnds: [Int]
    /// Every member, for texts that are not plain (and plain texts against members that are not).
    private let all: Set<String>
    private let allPlain: Bool

    init<S: Sequence<String>>(_ texts: S) {
        all = Set(texts)
        let members = all.filter { SingleScalarText.holds($0) }
        var bytes: [UInt8] = [], ends: [Int] = []
        for member in members {
            bytes += member.utf8
            ends.append(bytes.count)
        }
        plainBytes = bytes
        plainEnds = ends
        allPlain = members.count == all.count
    }

    static func == (lhs: PlainTextSet, rhs: PlainTextSet) -> Bool { lhs.all == rhs.all }

    /// `contains` for a text whose bytes are these, plain (`SingleScalarText.holds`). Plain
    /// texts are in NFC, so a plain member equals a plain text exactly when its bytes do; a
    /// member that is not plain may still be canonically equivalent to it.
    func containsPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let found = plainBytes.withUnsafeBufferPointer { members in
            var start = 0
            for end in plainEnds {
                defer { start = end }
                guard end - start == bytes.count else { continue }
                if (0..<bytes.count).allSatisfy({ members[start + $0] == bytes[$0] }) { return true }
            }
            return false
        }
        return found || (!allPlain && all.contains(String(decoding: bytes, as: UTF8.self)))
    }

    /// `Set<String>.contains(text)`; `isPlain` is `SingleScalarText.holds(text)`, found once by the caller.
    func contains(_ text: String, isPlain: Bool) -> Bool {
        guard isPlain else { return all.contains(text) }
        return text.withBorrowedUTF8 { containsPlain($0) }
    }
}
