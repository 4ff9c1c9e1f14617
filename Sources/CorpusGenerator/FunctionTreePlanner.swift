/// Draws a department's 功能分类 rows: which 项 it spends on (3–60 rows in all), each leaf's
/// amount and how it is funded and spent; 款, 类 and 合计 are the sums of their children.
enum FunctionTreePlanner {
    struct Funding {
        /// Some income is not 财政拨款 (事业收入, 其他收入, …).
        var mixedSources: Bool
        /// Some leaves carry money over from last year (上年结转).
        var carriesOver: Bool
    }

    static func plan(mainClasses: [String], random: inout SeededRandom) -> (lines: [FunctionLine], total: FunctionLine) {
        let leaves = chooseLeaves(mainClasses: mainClasses, random: &random)
        let funding = Funding(mixedSources: random.chance(0.3), carriesOver: random.chance(0.4))
        var amounts = leaves.map { leaf(FunctionCatalog.classes[$0.0].sections[$0.1].items[$0.2], funding, &random) }
        if !amounts.contains(where: { $0.basic > 0 }), let first = amounts.indices.first {
            // Every department pays salaries: the 基本支出表 must have something to split.
            amounts[first].basic = amounts[first].total
            amounts[first].project = 0
        }
        return assemble(leaves: leaves, amounts: amounts)
    }

    /// (class, section, item) indices in code order, with 3...60 rows once 类 and 款 are added.
    static func chooseLeaves(mainClasses: [String], random: inout SeededRandom) -> [(Int, Int, Int)] {
        let targetRows: Int
        switch random.weighted([0.5, 0.35, 0.15]) {
        case 0: targetRows = random.int(3...15)
        case 1: targetRows = random.int(16...35)
        default: targetRows = random.int(36...60)
        }
        let catalog = FunctionCatalog.classes
        var preferred = mainClasses.compactMap(FunctionCatalog.index(ofClass:))
        // Salaries bring pensions, medical insurance and housing funds with them.
        for common in ["208", "210", "221"] where random.chance(0.6) {
            if let index = FunctionCatalog.index(ofClass: common), !preferred.contains(index) { preferred.append(index) }
        }
        if preferred.isEmpty { preferred = [0] }

        var chosen: [(Int, Int, Int)] = []
        var rows = 0
        var failures = 0
        while rows < targetRows, failures < 40 {
            let classIndex = random.chance(0.8) ? (random.pick(preferred) ?? 0) : random.int(0...(catalog.count - 1))
            let sections = catalog[classIndex].sections
            let sectionIndex = random.int(0...(sections.count - 1))
            let itemIndex = random.int(0...(sections[sectionIndex].items.count - 1))
            if chosen.contains(where: { $0 == (classIndex, sectionIndex, itemIndex) }) {
                failures += 1
                continue
            }
            let newClass = !chosen.contains { $0.0 == classIndex }
            let newSection = !chosen.contains { $0.0 == classIndex && $0.1 == sectionIndex }
            let added = 1 + (newSection ? 1 : 0) + (newClass ? 1 : 0)
            guard rows + added <= targetRows || chosen.isEmpty else {
                failures += 1
                continue
            }
            chosen.append((classIndex, sectionIndex, itemIndex))
            rows += added
        }
        return chosen.sorted { lhs, rhs in
            let left = catalog[lhs.0].sections[lhs.1].items[lhs.2].code
            let right = catalog[rhs.0].sections[rhs.1].items[rhs.2].code
            return left < right
        }
    }

    static func leaf(_ subject: FunctionSubject, _ funding: Funding, _ random: inout SeededRandom) -> FunctionLine {
        var line = FunctionLine(subject: subject)
        let total = random.spreadAmount(1, 10_000_000)
        var carry: Int64 = 0
        if funding.carriesOver, total > 1, random.chance(0.3) {
            carry = max(1, Int64(Double(total) * (0.01 + 0.5 * random.unit())))
            carry = min(carry, total - 1)
        }
        let current = total - carry
        line.carryOver = carry
        line.sources[IncomeSource.fiscalGrant.rawValue] = current
        if funding.mixedSources, current > 2, random.chance(0.5) {
            let others = random.int(1...2)
            let share = Int64(Double(current) * (0.05 + 0.6 * random.unit()))
            let parts = random.split(max(1, min(share, current - 1)), into: others)
            line.sources[IncomeSource.fiscalGrant.rawValue] = current - parts.reduce(0, +)
            for part in parts {
                let source = random.int(1...(IncomeSource.allCases.count - 1))
                line.sources[source] += part
            }
        }
        let runsOffice = ["行政运行", "事业运行", "医疗", "养老", "公积金", "年金"].contains { subject.name.contains($0) }
        switch random.weighted(runsOffice ? [0.75, 0.1, 0.15] : [0.25, 0.55, 0.2]) {
        case 0: line.basic = total
        case 1: line.project = total
        default:
            line.basic = Int64(Double(total) * random.unit())
            line.project = total - line.basic
        }
        return line
    }

    /// Leaves in code order → 类, 款, 项 rows in display order with parents summed, and 合计.
    static func assemble(leaves: [(Int, Int, Int)], amounts: [FunctionLine]) -> (lines: [FunctionLine], total: FunctionLine) {
        let catalog = FunctionCatalog.classes
        var lines: [FunctionLine] = []
        var total = FunctionLine(subject: FunctionSubject(code: "", name: "合计"))
        var classRow: Int?
        var sectionRow: Int?
        var current: (Int, Int)?
        for (position, leaf) in leaves.enumerated() {
            if classRow == nil || current?.0 != leaf.0 {
                lines.append(FunctionLine(subject: catalog[leaf.0].subject))
                classRow = lines.count - 1
                sectionRow = nil
            }
            if sectionRow == nil || current?.1 != leaf.1 || current?.0 != leaf.0 {
                lines.append(FunctionLine(subject: catalog[leaf.0].sections[leaf.1].subject))
                sectionRow = lines.count - 1
            }
            current = (leaf.0, leaf.1)
            let amount = amounts[position]
            lines.append(amount)
            if let classRow { lines[classRow].add(amount) }
            if let sectionRow { lines[sectionRow].add(amount) }
            total.add(amount)
        }
        return (lines, total)
    }
}
