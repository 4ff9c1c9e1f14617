import BudgetCore
import CorpusGenerator
import TestSupport
import Foundation

/// Small corpora for the tests (3 counties × 4 files): every broken kind appears once
/// `brokenFraction` gives at least 5 broken files.
enum TestCorpus {
    static let seeds: [UInt64] = [1, 2, 7]

    static func generator(seed: UInt64, broken: Double = 0.45, multi: Double = 0.3) -> CorpusGenerator {
        CorpusGenerator(counties: 3, departmentsPerCounty: 4, seed: seed,
                        options: CorpusOptions(brokenFraction: broken, multiDepartmentFraction: multi))
    }

    static func files(seed: UInt64, broken: Double = 0.45, multi: Double = 0.3) throws -> [GeneratedFile] {
        let generator = generator(seed: seed, broken: broken, multi: multi)
        return try (0..<generator.fileCount).map { try generator.file(at: $0) }
    }

    static func temporaryFolder() throws -> URL {
        try ScratchFolder.make("corpus")
    }
}

/// Reads figures back out of parsed tables, by the template's columns, to compare with the
/// manifest.
struct ParsedDepartment {
    var tables: [BudgetTable]

    /// Tables of a document split at each 收支总表 (a multi-department export).
    static func split(_ document: BudgetDocument) -> [ParsedDepartment] {
        var departments: [ParsedDepartment] = []
        for table in document.tables {
            if table.kind == .budgetSummary || departments.isEmpty { departments.append(ParsedDepartment(tables: [])) }
            departments[departments.count - 1].tables.append(table)
        }
        return departments
    }

    func table(_ kind: TableKind) -> BudgetTable? { tables.first { $0.kind == kind } }

    static func cents(_ text: String?) -> Int64? { text.flatMap { Cents(parsing: $0)?.value } }

    static func cell(_ row: SourceRow?, _ column: Int) -> String? {
        guard let row, column < row.cells.count else { return nil }
        return row.cells[column].text
    }

    /// The amount in `column` of the summary row labelled `label` in `labelColumn`.
    func summary(_ label: String, labelColumn: Int, column: Int) -> Int64? {
        let row = table(.budgetSummary)?.dataRows.first { Self.cell($0, labelColumn) == label }
        return Self.cents(Self.cell(row, column))
    }

    func totalRow(_ kind: TableKind, _ column: Int) -> Int64? {
        Self.cents(Self.cell(table(kind)?.dataRows.first, column))
    }

    var figures: DepartmentFigures? {
        guard let incomeTotal = summary("收入总计", labelColumn: 1, column: 2),
              let current = summary("本年收入合计", labelColumn: 1, column: 2),
              let carry = summary("上年结转结余", labelColumn: 1, column: 2),
              let spending = summary("本年支出合计", labelColumn: 3, column: 4),
              let sources = Optional((5...11).compactMap { totalRow(.incomeSummary, $0) }), sources.count == 7,
              let basic = totalRow(.expenditureSummary, 4), let project = totalRow(.expenditureSummary, 5),
              let personnel = totalRow(.basicExpenditure, 4), let publicFunds = totalRow(.basicExpenditure, 5)
        else { return nil }
        let threePublic = table(.threePublicExpenditure)?.dataRows
            .first { Self.cell($0, 1) == "合计" }.flatMap { Self.cents(Self.cell($0, 2)) } ?? 0
        let procurement = table(.procurement)?.dataRows.reduce(Int64(0)) { $0 + (Self.cents(Self.cell($1, 7)) ?? 0) } ?? 0
        return DepartmentFigures(
            incomeTotal: incomeTotal, currentIncome: current,
            incomeBySource: IncomeBySource(fiscalGrant: sources[0], specialAccount: sources[1], operations: sources[2],
                                           business: sources[3], superior: sources[4], subordinate: sources[5],
                                           other: sources[6]),
            carryOver: carry, expenditureTotal: spending, basicExpenditure: basic, projectExpenditure: project,
            personnel: personnel, publicFunds: publicFunds, threePublic: threePublic, procurement: procurement)
    }
}
