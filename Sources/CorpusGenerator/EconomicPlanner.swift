/// Splits the department's 基本支出 over 经济分类 rows: 人员经费 over 301 (and sometimes 303)
/// items, 公用经费 over 302 items; 类 rows are sums. Also draws the “三公”经费, which come
/// out of 公用经费.
enum EconomicPlanner {
    static func plan(basic: Int64, random: inout SeededRandom) -> [EconomicLine] {
        guard basic > 0 else { return [] }
        var publicFunds: Int64 = 0
        if basic >= 2, random.chance(0.92) {
            publicFunds = Int64(Double(basic) * (0.03 + 0.35 * random.unit()))
            publicFunds = min(max(publicFunds, 1), basic - 1)
        }
        let personnel = basic - publicFunds
        let withHouseholds = personnel >= 2 && random.chance(0.4)
        let householdShare = withHouseholds ? max(1, Int64(Double(personnel) * 0.08 * random.unit())) : 0
        var lines: [EconomicLine] = []
        lines += group(EconomicCatalog.wages, amount: personnel - householdShare, count: random.int(3...11), random: &random)
        lines += group(EconomicCatalog.goods, amount: publicFunds, count: random.int(2...14), random: &random)
        lines += group(EconomicCatalog.households, amount: householdShare, count: random.int(1...3), random: &random)
        return lines
    }

    /// A 类 row and its 款 rows, `amount` split over `count` items chosen in code order.
    private static func group(_ group: EconomicCatalog.Group, amount: Int64, count: Int,
                              random: inout SeededRandom) -> [EconomicLine] {
        guard amount > 0 else { return [] }
        let picked = random.shuffled(Array(group.items.indices)).prefix(min(count, group.items.count)).sorted()
        let parts = random.split(amount, into: picked.count)
        var lines = [EconomicLine(subject: FunctionSubject(code: group.code, name: group.name))]
        for (index, part) in zip(picked, parts) {
            var line = EconomicLine(subject: group.items[index])
            if group.isPersonnel { line.personnel = part } else { line.publicFunds = part }
            lines.append(line)
        }
        if group.isPersonnel { lines[0].personnel = amount } else { lines[0].publicFunds = amount }
        return lines
    }

    /// “三公”经费 within 公用经费, or nil (an empty table with its note).
    static func threePublic(publicFunds: Int64, random: inout SeededRandom) -> ThreePublicFunds? {
        guard publicFunds >= 100, random.chance(0.5) else { return nil }
        let total = max(3, Int64(Double(publicFunds) * (0.05 + 0.4 * random.unit())))
        let abroad = random.chance(0.1) ? total / 10 : 0
        let purchase = random.chance(0.15) ? total / 3 : 0
        let rest = total - abroad - purchase
        let reception = Int64(Double(rest) * (0.2 + 0.5 * random.unit()))
        return ThreePublicFunds(abroad: abroad, reception: reception, vehiclePurchase: purchase,
                                vehicleOperation: rest - reception)
    }
}
