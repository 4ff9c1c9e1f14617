/// Folded sheet names (`SheetNameText.folded`), to tell whether a name is taken: `Set<String>`'s
/// answer (canonical equivalence), but a plain name (`UTF8Scalar.allSingleScalar`: equal to
/// another exactly when their bytes are) is kept and looked up as its bytes, where hashing a
/// String normalizes each of its CJK scalars (a profile found the writer's duplicate check at
/// 5,000 instructions a sheet). Any other name is compared as a String.
public struct SheetNameSet: Sendable {
    private var plainNames: Set<NameBytes> = []
    private var otherNames: [String] = []

    /// A name's bytes, hashed in one call (an array of bytes hashes them one by one).
    private struct NameBytes: Hashable, Sendable {
        let bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    /// Room for a workbook's sheets from the start: growing rehashed every name added so far.
    public init() { plainNames.reserveCapacity(64) }

    public func contains(_ folded: String) -> Bool {
        if otherNames.contains(where: { $0 == folded }) { return true }
        if Self.isPlain(folded) { return plainNames.contains(NameBytes(bytes: Array(folded.utf8))) }
        return plainNames.contains { String(decoding: $0.bytes, as: UTF8.self) == folded }
    }

    /// Adds the name; false when it was taken already.
    public mutating func insert(_ folded: String) -> Bool {
        if otherNames.contains(where: { $0 == folded }) { return false }
        if Self.isPlain(folded) { return plainNames.insert(NameBytes(bytes: Array(folded.utf8))).inserted }
        if plainNames.contains(where: { String(decoding: $0.bytes, as: UTF8.self) == folded }) { return false }
        otherNames.append(folded)
        return true
    }

    private static func isPlain(_ text: String) -> Bool { text.withBorrowedUTF8 { UTF8Scalar.allSingleScalar($0) } }
}
