/// The title keys of a list of entries, normalized once (`TextNormalizer.label`) and grouped by
/// their last two scalars (for plain titles) or their last scalar (for the rest). Titles are
/// matched many times a document (each short line the recognizer meets, each table of each
/// family when detecting the family), and normalizing every key on every match was a
/// measurable share of a conversion.
///
/// A class: it is read in place from the family that holds it. A struct of several arrays was
/// copied out of the family for each match, each array retained and released.
final class TitleKeyIndex: Sendable, Equatable {
    struct Key: Sendable, Equatable {
        var text: String
        var bytes: [UInt8]
        /// Every scalar single-scalar (SingleScalarText): a byte comparison decides.
        var plain: Bool
        var characters: Int
        /// The entry's position in the list the index was built from.
        var entry: Int
    }

    /// Every key, in entry order then key order.
    private let all: [Key]
    /// For titles that are not plain, and for each single-scalar character (SingleScalarText)
    /// a key ends in: the keys such a title ending in it can end with (those ending in it, and
    /// those ending in any other kind of scalar), in the same order.
    private let byLastScalar: [UInt32: [Key]]
    /// The keys ending in a scalar that is not single-scalar.
    private let rest: [Key]
    /// For plain titles (every scalar single-scalar, nearly all of them): the plain keys by
    /// their tail (`tail`, the bytes of their last two scalars), as positions in `all`; the
    /// tails sorted, each with its range of `tailPositions`. A plain key ends a plain title only
    /// if their tails are the same bytes, so a title is compared with a handful of keys, where
    /// the keys ending in its last scalar were hundreds (most titles end in 表). Binary search
    /// over the tails: hashing them cost more than the scan it saves.
    private let tails: [UInt64]
    private let tailRanges: [Range<Int>]
    private let tailPositions: [Int]
    /// The keys that are not plain, as positions in `all` (checked by Characters).
    private let notPlain: [Int]

    init(_ entries: [TemplateEntry]) {
        var all: [Key] = []
        var lasts: [UInt32] = []
        for (position, entry) in entries.enumerated() {
            for key in entry.titleKeys {
                let text = TextNormalizer.label(key)
                guard let last = text.unicodeScalars.last?.value else { continue }
                all.append(Key(text: text, bytes: Array(text.utf8), plain: SingleScalarText.holds(text),
                               characters: key.characterCount, entry: position))
                lasts.append(last)
            }
        }
        let single = lasts.map(SingleScalarText.isSingleScalar)
        var byLastScalar: [UInt32: [Key]] = [:]
        for scalar in Set(lasts.filter(SingleScalarText.isSingleScalar)) {
            byLastScalar[scalar] = all.indices.filter { lasts[$0] == scalar || !single[$0] }.map { all[$0] }
        }
        var plainTails: [(tail: UInt64, position: Int)] = []
        var notPlain: [Int] = []
        for position in all.indices {
            if all[position].plain {
                plainTails.append((all[position].bytes.withUnsafeBufferPointer { Self.tail($0, scalars: 2) }, position))
            } else {
                notPlain.append(position)
            }
        }
        plainTails.sort { ($0.tail, $0.position) < ($1.tail, $1.position) }
        var tails: [UInt64] = [], tailRanges: [Range<Int>] = []
        for index in plainTails.indices where index == 0 || plainTails[index - 1].tail != plainTails[index].tail {
            tails.append(plainTails[index].tail)
            tailRanges.append(index..<(plainTails[index...].firstIndex { $0.tail != plainTails[index].tail } ?? plainTails.count))
        }
        self.all = all
        self.byLastScalar = byLastScalar
        rest = zip(all, single).filter { !$0.1 }.map(\.0)
        self.tails = tails
        self.tailRanges = tailRanges
        tailPositions = plainTails.map(\.position)
        self.notPlain = notPlain
    }

    /// The same keys make the same index.
    static func == (lhs: TitleKeyIndex, rhs: TitleKeyIndex) -> Bool { lhs.all == rhs.all }

    /// The bytes of the last `scalars` scalars of `bytes` (valid UTF-8; all when it has fewer),
    /// first byte highest: at most eight bytes, and never a zero byte (no text holds U+0000), so
    /// different tails are different numbers.
    private static func tail(_ bytes: UnsafeBufferPointer<UInt8>, scalars: Int) -> UInt64 {
        var start = bytes.count
        for _ in 0..<scalars where start > 0 {
            start -= 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        }
        var packed: UInt64 = 0
        for index in start..<bytes.count { packed = packed << 8 | UInt64(bytes[index]) }
        return packed
    }

    /// The keys' positions with this tail (empty when none).
    private func positions(withTail tail: UInt64) -> ArraySlice<Int> {
        var low = 0, high = tails.count
        while low < high {
            let middle = (low + high) / 2
            if tails[middle] < tail { low = middle + 1 } else { high = middle }
        }
        return low < tails.count && tails[low] == tail ? tailPositions[tailRanges[low]] : []
    }

    /// The entry (position) with the longest key that ends the normalized title, and that key's
    /// length in characters; the first such entry on a tie.
    func best(normalizedTitle title: String) -> (entry: Int, length: Int)? {
        title.withBorrowedUTF8 { bytes in
            guard !bytes.isEmpty else { return nil }
            // Plain text against a plain key: every scalar is a Character, so ending with the
            // key is ending with its bytes.
            if SingleScalarText.holds(bytes) { return bestForPlain(bytes, title: title) }
            // A single-scalar character is canonically equal to itself alone, so a title ending
            // in one can only end with a key ending in it or in another kind of scalar; any
            // other title checks every key.
            let last = SingleScalarText.decode(bytes, endingAt: bytes.count)
            let candidates = SingleScalarText.isSingleScalar(last) ? byLastScalar[last] ?? rest : all
            var best: (entry: Int, length: Int)?
            // Keys read in place: copying each key counted references to its text and bytes.
            candidates.withUnsafeBufferPointer { keys in
                for index in keys.indices where keys[index].characters > (best?.length ?? 0) {
                    if title.endsWithText(keys[index].text) { best = (keys[index].entry, keys[index].characters) }
                }
            }
            return best
        }
    }

    /// `best` of a plain title: the same answer from the keys that can end it. Among several,
    /// the longest, and of those the first in entry order, as the scan of every candidate gave.
    private func bestForPlain(_ bytes: UnsafeBufferPointer<UInt8>, title: String) -> (entry: Int, length: Int)? {
        var best: (position: Int, length: Int)?
        func consider(_ position: Int, ends: Bool) {
            let length = all[position].characters
            guard ends, length > 0 else { return }
            if best == nil || length > best!.length || (length == best!.length && position < best!.position) {
                best = (position, length)
            }
        }
        // Keys of one scalar are filed under it, longer ones under their last two.
        let last = Self.tail(bytes, scalars: 1), lastTwo = Self.tail(bytes, scalars: 2)
        for position in positions(withTail: last) { consider(position, ends: Self.ends(bytes, with: all[position].bytes)) }
        if lastTwo != last {
            for position in positions(withTail: lastTwo) { consider(position, ends: Self.ends(bytes, with: all[position].bytes)) }
        }
        for position in notPlain { consider(position, ends: title.endsWithText(all[position].text)) }
        return best.map { (all[$0.position].entry, $0.length) }
    }

    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, with suffix: [UInt8]) -> Bool {
        guard suffix.count <= bytes.count else { return false }
        let offset = bytes.count - suffix.count
        for index in suffix.indices where bytes[offset + index] != suffix[index] { return false }
        return true
    }
}
