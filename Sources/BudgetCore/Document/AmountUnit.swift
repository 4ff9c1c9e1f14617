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
        let rest: Substring
        if t.hasPrefix("金额单位") { rest = t.dropFirst(4) } else if t.hasPrefix("单位") { rest = t.dropFirst(2) } else { return nil }
        let value = rest.drop { "：:（(".contains($0) }.prefix { !"）)".contains($0) }
        guard let unit = AmountUnit(rawValue: String(value)) else { return nil }
        self = unit
    }
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
