import SpreadsheetModel

/// The unit a document's amounts are printed in, read from its meta rows (`单位：万元`,
/// `单位:元`, `金额单位：千元`).
public enum AmountUnit: String, Sendable, Equatable, CaseIterable {
    case yuan = "元"
    case thousandYuan = "千元"
    case tenThousandYuan = "万元"
    case hundredMillionYuan = "亿元"

    /// How many 元 one unit is.
    public var scale: Int {
        switch self {
        case .yuan: return 1
        case .thousandYuan: return 1_000
        case .tenThousandYuan: return 10_000
        case .hundredMillionYuan: return 100_000_000
        }
    }

    /// From a meta cell: `单位：万元`, `单位:元`, `金额单位：万元`, `单位（万元）`.
    public init?(metaText: String) {
        let t = TextNormalizer.compact(metaText)
        // Plain text (SingleScalarText: each scalar a Character) is read on its bytes; the
        // Character reading below costs more than the rest of reading a table's units.
        if let plain = t.withBorrowedUTF8({ bytes -> AmountUnit?? in
            SingleScalarText.holds(bytes) ? .some(Self.unit(plain: bytes)) : .none
        }) {
            guard let plain else { return nil }
            self = plain
            return
        }
        let rest: Substring
        if t.hasPrefix("金额单位") { rest = t.dropFirst(4) } else if t.hasPrefix("单位") { rest = t.dropFirst(2) } else { return nil }
        let value = rest.drop { "：:（(".contains($0) }.prefix { !"）)".contains($0) }
        guard let unit = AmountUnit(rawValue: String(value)) else { return nil }
        self = unit
    }

    /// `init(metaText:)` of a compacted, plain text's bytes.
    static func unit(plain bytes: UnsafeBufferPointer<UInt8>) -> AmountUnit? {
        var index: Int
        if bytes.starts(with: amountUnitWord) {
            index = amountUnitWord.count
        } else if bytes.starts(with: unitWord) {
            index = unitWord.count
        } else {
            return nil
        }
        while index < bytes.count {  // ：:（(
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            guard value == 0xFF1A || value == 0x3A || value == 0xFF08 || value == 0x28 else { break }
            index += length
        }
        var end = index
        while end < bytes.count {  // up to ）)
            let (value, length) = UTF8Scalar.decode(bytes, at: end)
            if value == 0xFF09 || value == 0x29 { break }
            end += length
        }
        return AmountUnit(rawValue: String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
    }

    private static let amountUnitWord = Array("金额单位".utf8)
    private static let unitWord = Array("单位".utf8)
}

extension BudgetTable {
    /// The unit this table's meta row states (a document may print one table in another unit).
    public var amountUnit: AmountUnit? {
        for cell in meta?.cells ?? [] {
            if let unit = AmountUnit(metaText: cell.text) { return unit }
        }
        return nil
    }
}
