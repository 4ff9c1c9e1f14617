/// Draws everything one department discloses: its numbers (FunctionTreePlanner,
/// EconomicPlanner), its optional tables and their texts.
enum DepartmentPlanner {
    struct Identity {
        var unitCode: String
        var unitName: String
        var countyName: String
        var mainClasses: [String]
        var year: Int
    }

    static func plan(_ identity: Identity, continued: Bool, writesZeros: Bool,
                     random: inout SeededRandom) -> DepartmentBudget {
        let tree = FunctionTreePlanner.plan(mainClasses: identity.mainClasses, random: &random)
        let economic = EconomicPlanner.plan(basic: tree.total.basic, random: &random)
        let publicFunds = economic.filter { $0.subject.code.count == 3 }.reduce(0) { $0 + $1.publicFunds }
        let leaves = tree.lines.filter { $0.subject.code.count == 7 }
        let projects = PerformanceTargetPlanner.projectNames(year: identity.year, leaves: leaves, random: &random)
        return DepartmentBudget(
            unitCode: identity.unitCode, unitName: identity.unitName, year: identity.year,
            layout: identity.year >= 2025 ? .y2025 : .classic,
            functionLines: tree.lines, functionTotal: tree.total, economicLines: economic,
            threePublic: EconomicPlanner.threePublic(publicFunds: publicFunds, random: &random),
            procurement: random.chance(0.9) ? ExtrasPlanner.procurement(projects: projects, random: &random) : nil,
            fixedAssets: random.chance(0.85) ? ExtrasPlanner.fixedAssets(random: &random) : nil,
            organization: random.chance(0.85)
                ? ExtrasPlanner.organization(unitName: identity.unitName, county: identity.countyName, random: &random) : nil,
            targets: PerformanceTargetPlanner.plan(projects: projects, continued: continued, random: &random),
            writesZeros: writesZeros)
    }

    /// The export's blocks for one department: the 9 budget tables, then the 情况说明.
    static func blocks(_ budget: DepartmentBudget, random: inout SeededRandom) -> [Block] {
        let disclosure = DisclosureTablesBuilder(budget: budget)
        let narrative = NarrativeBuilder(budget: budget, name: budget.unitName, tables: disclosure)
        return BudgetTablesBuilder(budget: budget).tables().map(Block.table) + narrative.blocks(random: &random)
    }

    static func entry(_ budget: DepartmentBudget, blocks: [Block]) -> DepartmentEntry {
        let total = budget.functionTotal
        let s = total.sources
        let titles = blocks.compactMap { block -> String? in
            if case .table(let table) = block { return table.title }
            return nil
        }
        return DepartmentEntry(
            unitCode: budget.unitCode, unitName: budget.unitName, year: budget.year, template: budget.layout.rawValue,
            tables: titles, functionRows: budget.functionLines.count, performanceTargets: budget.targets.count,
            procurementRows: budget.procurement?.count ?? 0,
            figures: DepartmentFigures(
                incomeTotal: total.total, currentIncome: total.current,
                incomeBySource: IncomeBySource(
                    fiscalGrant: s[IncomeSource.fiscalGrant.rawValue], specialAccount: s[IncomeSource.specialAccount.rawValue],
                    operations: s[IncomeSource.operations.rawValue], business: s[IncomeSource.business.rawValue],
                    superior: s[IncomeSource.superior.rawValue], subordinate: s[IncomeSource.subordinate.rawValue],
                    other: s[IncomeSource.other.rawValue]),
                carryOver: total.carryOver, expenditureTotal: total.total, basicExpenditure: total.basic,
                projectExpenditure: total.project, personnel: budget.personnel, publicFunds: budget.publicFunds,
                threePublic: budget.threePublic?.total ?? 0, procurement: budget.procurementTotal))
    }
}
