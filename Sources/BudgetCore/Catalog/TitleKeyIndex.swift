/// The title keys of a list of entries, normalized once (`TextNormalizer.label`) and grouped by
/// their last scalar. Titles are matched many times a document (each short line the recognizer
/// meets, each table of each family when detecting the family), and normalizing every key on
/// every match was a measurable share of a conversion.
struct TitleKeyIndex: Sendable, Equatable {
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
    private var all: [Key] = []
    /// For each single-scalar character (SingleScalarText) a key ends in: the keys a title
    /// ending in it can end with (those ending in it, and those ending in any other kind of
    /// scalar), in the same order.
    private var byLastScalar: [UInt32: [Key]] = [:]
    /// The keys ending in a scalar that is not single-scalar.
    private var rest: [Key] = []

    init(_ entries: [TemplateEntry]) {
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
        rest = zip(all, single).filter { !$0.1 }.map(\.0)
        for scalar in Set(lasts.filter(SingleScalarText.isSingleScalar)) {
            byLastScalar[scalar] = all.indices.filter { lasts[$0] == scalar || !single[$0] }.map { all[$0] }
        }
    }

    /// The entry (position) with the longest key that ends the normalized title, and that key's
    /// length in characters; the first such entry on a tie.
    func best(normalizedTitle title: String) -> (entry: Int, length: Int)? {
        guard let last = title.unicodeScalars.last else { return nil }
        // A single-scalar character is canonically equal to itself alone, so a title ending in
        // one can only end with a key ending in it or in another kind of scalar; any other
        // title checks every key.
        let candidates = SingleScalarText.isSingleScalar(last.value) ? byLastScalar[last.value] ?? rest : all
        // Plain text against a plain key: every scalar is a Character, so ending with the key
        // is ending with its bytes.
        var contiguous = title
        return contiguous.withUTF8 { bytes in
            let plain = SingleScalarText.holds(bytes)
            var best: (entry: Int, length: Int)?
            // Keys read in place: most titles end in 表, and copying each of the hundreds of keys
            // ending in it counted references to its text and bytes.
            candidates.withUnsafeBufferPointer { keys in
                for index in keys.indices where keys[index].characters > (best?.length ?? 0) {
                    let ends = plain && keys[index].plain ? Self.ends(bytes, with: keys[index].bytes)
                                                          : title.endsWithText(keys[index].text)
                    if ends { best = (keys[index].entry, keys[index].characters) }
                }
            }
            return best
        }
    }

    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, with suffix: [UInt8]) -> Bool {
        guard suffix.count <= bytes.count else { return false }
        let offset = bytes.count - suffix.count
        for index in suffix.indices where bytes[offset + index] != suffix[index] { return false }
        return true
    }
}
