/// Identities across the tables of one department.
enum CrossTableChecks {
    struct Tables {
        var budget: SummaryTableView?
        var income: CodeTableView?
        var expenditure: CodeTableView?
        var fiscal: SummaryTableView?
        var general: CodeTableView?
        var basic: CodeTableView?
        var fund: CodeTableView?
        var capital: CodeTableView?
        /// Tables of other provinces: 财政拨款支出表 (功能科目), 财政拨款基本支出表, 机关运行经费.
        var fiscalExpenditure: CodeTableView? = nil
        var fiscalBasic: CodeTableView? = nil
        var operatingCost: CodeTableView? = nil

        var codeTables: [CodeTableView] {
            [income, expenditure, fiscalExpenditure, general, fiscalBasic, basic, fund, capital, operatingCost]
                .compactMap { $0 }
        }
    }

    static func check(_ tables: Tables, into recorder: inout CheckRecorder) {
        fiscalPurposeLines(tables, into: &recorder)
        budgetAgainstIncome(tables, into: &recorder)
        budgetAgainstExpenditure(tables, into: &recorder)
        fiscalAgainstIncome(tables, into: &recorder)
        fiscalAgainstFunctionTables(tables, into: &recorder)
        generalAgainstBasic(tables, into: &recorder)
        sameCodes(tables, into: &recorder)
    }

    // MARK: - 收支总表 ↔ 收入总表

    static func budgetAgainstIncome(_ tables: Tables, into recorder: inout CheckRecorder) {
        let identities = ["收支总表 收入总计 = 收入总表 合计", "收支总表 本年收入合计 = 收入总表 小计",
                          "收支总表 上年结转结余 = 收入总表 上年结转"]
        guard let budget = tables.budget, let income = tables.income else {
            skipAll(identities, missing: [tables.budget == nil ? "收支总表" : nil, tables.income == nil ? "收入总表" : nil],
                    into: &recorder)
            return
        }
        guard let side = budget.income else {
            skipAll(identities, reason: "收支总表 income side not found", into: &recorder)
            return
        }
        let section = budget.section(side)
        let carry = section.carries.first { $0.top.key.containsText(literal: "上年结转") }?.top
        let pairs: [(String, SummaryTableView.Line?, ColumnMeaning, String)] = [
            (identities[0], section.grandTotal, .total, "收入总计"),
            (identities[1], section.currentTotal, .subtotal, "本年收入合计"),
            (identities[2], carry, .carryOver, "上年结转结余"),
        ]
        // A 收入总表 that lists its sources as rows (收入总计, …, 上年结转 小计) instead of columns.
        let incomeCarryRow = income.codeColumn == nil && income.column(.carryOver) == nil
            ? income.rows.first { row in
                income.roles.descriptive.contains { LabelMeaning.key(CodeTableView.text(row.source, $0)).startsWithText("上年结转") }
            } : nil
        for (identity, line, meaning, rowName) in pairs {
            guard let line else {
                // No 本年收入合计 row: with nothing carried over, 收入总计 is the year's income
                // (checked above). No 上年结转 row: nothing is carried over.
                if meaning == .subtotal, section.carries.isEmpty { continue }
                if meaning == .carryOver, income.column(.carryOver) == nil, incomeCarryRow == nil { continue }
                recorder.skip(identity, table: budget.title, reason: "no \(rowName) row")
                continue
            }
            let found = budget.readTotal(line, side, side.totalColumn)
            if meaning != .total, let carryRow = incomeCarryRow, let total = income.column(.total) {
                let carried = income.read(carryRow, total)
                if meaning == .carryOver {
                    recorder.expect(found, equals: carried, identity: identity)
                } else if case .amount(let all) = income.total(total), case .amount(let old) = carried {
                    var current = all
                    current.value = all.value - old.value
                    recorder.expect(found, equals: .amount(current), identity: identity,
                                    note: "收入总表 total less its 上年结转 row")
                }
                continue
            }
            guard let column = income.column(meaning) else {
                recorder.skip(identity, table: income.title, reason: "no \(meaning.name) column")
                continue
            }
            recorder.expect(found, equals: income.total(column), identity: identity)
        }
    }

    // MARK: - 收支总表 ↔ 支出总表

    static func budgetAgainstExpenditure(_ tables: Tables, into recorder: inout CheckRecorder) {
        let identities = ["收支总表 本年支出合计 = 支出总表 合计", "收支总表 支出类 = 支出总表 类"]
        guard let budget = tables.budget, let expenditure = tables.expenditure else {
            skipAll(identities, missing: [tables.budget == nil ? "收支总表" : nil,
                                          tables.expenditure == nil ? "支出总表" : nil], into: &recorder)
            return
        }
        guard let side = budget.spending else {
            skipAll(identities, reason: "收支总表 spending side not found", into: &recorder)
            return
        }
        guard let total = expenditure.column(.total) else {
            skipAll(identities, reason: "支出总表 has no 合计 column", into: &recorder)
            return
        }
        let section = budget.section(side)
        if let current = section.linesTotal {
            recorder.expect(budget.readTotal(current, side, side.totalColumn), equals: expenditure.total(total),
                            identity: identities[0])
        } else {
            recorder.skip(identities[0], table: budget.title, reason: "no 本年支出合计 row")
        }
        if expenditure.classRows.isEmpty, !expenditure.isEmpty {
            // A 支出总表 by 支出用途 (基本支出 | 项目支出 …) instead of by 类: its columns against the
            // 收支总表 lines of the same name.
            linesAgainstColumns(summary: budget, side: side, table: expenditure, into: &recorder)
        } else {
            linesAgainstClasses(summary: budget, lines: section.topLines, column: side.totalColumn,
                                classes: expenditure, classColumn: total, identity: identities[1], into: &recorder)
        }
    }

    // MARK: - 财政拨款收支总表

    static func fiscalAgainstIncome(_ tables: Tables, into recorder: inout CheckRecorder) {
        let identity = "财政拨款收支总表 本年收入合计 = 收入总表 财政拨款收入"
        guard let fiscal = tables.fiscal, let income = tables.income else {
            skipAll([identity], missing: [tables.fiscal == nil ? "财政拨款收支总表" : nil,
                                          tables.income == nil ? "收入总表" : nil], into: &recorder)
            return
        }
        guard let side = fiscal.income, let current = fiscal.section(side).linesTotal else {
            recorder.skip(identity, table: fiscal.title, reason: "no 本年收入合计 row")
            return
        }
        let grantColumns = income.amountColumns.filter { column in
            let label = income.labels[column]
            return !ColumnMeaning.total.matches(label) && !ColumnMeaning.subtotal.matches(label)
                && [ColumnMeaning.fiscalGrant, .generalBudget, .governmentFund, .stateCapital].contains { $0.matches(label) }
        }
        guard !grantColumns.isEmpty else {
            // 收入总表 by rows (Jiangsu): its 财政拨款 rows are matched by the 财政拨款支出表 instead.
            if income.codeColumn == nil, tables.fiscalExpenditure != nil { return }
            recorder.skip(identity, table: income.title, reason: "no 财政拨款收入 column")
            return
        }
        let found = fiscal.readTotal(current, side, side.totalColumn)
        let expected = grantColumns.map { income.total($0) }
        if expected.count == 1, let only = expected.first {
            recorder.expect(found, equals: only, identity: identity)
        } else {
            recorder.expect(found, equalsSumOf: expected, identity: identity,
                            note: "expected value: sum of 收入总表 columns \(grantColumns.map(income.columnName).joined(separator: ", "))")
        }
    }

    /// 财政拨款收支总表's 一般公共预算 / 政府性基金 / 国有资本经营 columns against the matching
    /// 支出表: 本年支出合计 = that table's 合计, and per 类 line. An empty 支出表 must meet an
    /// empty column.
    static func fiscalAgainstFunctionTables(_ tables: Tables, into recorder: inout CheckRecorder) {
        let targets: [(ColumnMeaning, CodeTableView?, String)] = [
            (.generalBudget, tables.general, "一般公共预算支出表"),
            (.governmentFund, tables.fund, "政府性基金支出表"),
            (.stateCapital, tables.capital, "国有资本经营支出表"),
        ]
        for (meaning, table, name) in targets {
            let identities = ["财政拨款收支总表 \(meaning.name) 本年支出合计 = \(name) 合计",
                              "财政拨款收支总表 \(meaning.name) 类 = \(name) 类"]
            guard let fiscal = tables.fiscal, let table else {
                skipAll(identities, missing: [tables.fiscal == nil ? "财政拨款收支总表" : nil, table == nil ? name : nil],
                        into: &recorder)
                continue
            }
            guard let total = table.column(.total) else {
                skipAll(identities, reason: "\(name) has no 合计 column", into: &recorder)
                continue
            }
            guard let side = fiscal.spending,
                  let column = side.amountColumns.first(where: { meaning.matches(fiscal.labels[$0]) }) else {
                // No fund columns (Jiangsu): the income line of that fund is what its 支出表 spends.
                if let incomeSide = fiscal.income,
                   let line = fiscal.section(incomeSide).lines.first(where: { meaning.matches($0.label) }) {
                    recorder.expect(fiscal.read(line, incomeSide.totalColumn), equals: table.total(total),
                                    identity: "财政拨款收支总表 \(meaning.name) 收入 = \(name) 合计")
                } else {
                    skipAll(identities, reason: "财政拨款收支总表 has no \(meaning.name) column", into: &recorder)
                }
                continue
            }
            let section = fiscal.section(side)
            if let current = section.linesTotal {
                recorder.expect(fiscal.readTotal(current, side, column), equals: table.total(total), identity: identities[0])
            } else {
                recorder.skip(identities[0], table: fiscal.title, reason: "no 本年支出合计 row")
            }
            linesAgainstClasses(summary: fiscal, lines: section.topLines, column: column,
                                classes: table, classColumn: total, identity: identities[1], into: &recorder)
        }
    }

    // MARK: - 一般公共预算支出表 ↔ 基本支出表

    static func generalAgainstBasic(_ tables: Tables, into recorder: inout CheckRecorder) {
        let identity = "一般公共预算支出表 基本支出 = 基本支出表 合计"
        guard let general = tables.general, let basic = tables.basic else {
            skipAll([identity], missing: [tables.general == nil ? "一般公共预算支出表" : nil,
                                          tables.basic == nil ? "基本支出表" : nil], into: &recorder)
            return
        }
        guard let basicColumn = general.column(.basic), let total = basic.column(.total) else {
            // No 基本支出 column: the 财政拨款收支总表 line 基本支出 names the same amount.
            if basic.column(.total) != nil, general.column(.basic) == nil, purposeLine("基本支出", in: tables.fiscal) != nil {
                return
            }
            recorder.skip(identity, reason: "基本支出 or 合计 column not found")
            return
        }
        recorder.expect(general.total(basicColumn), equals: basic.total(total), identity: identity)
    }

    // MARK: - Same codes, same 合计

    /// 收入总表, 支出总表 and 一般公共预算支出表 list the same codes with the same 合计: each of
    /// the latter two is compared with 收入总表, code by code, both ways.
    static func sameCodes(_ tables: Tables, into recorder: inout CheckRecorder) {
        incomeAgainstOthers(tables, into: &recorder)
        otherTablesWithTheSameCodes(tables, into: &recorder)
    }

    /// Any other two code tables of the same classification (功能分类 2xx, 经济分类 3xx) with
    /// the same total describe the same money: each code's amount agrees, code by code. Each
    /// table is compared with the first such table only, so one wrong cell is named once.
    static func otherTablesWithTheSameCodes(_ tables: Tables, into recorder: inout CheckRecorder) {
        let covered: [CodeTableView] = tables.income.map { income in
            income.codedRows.isEmpty ? [] : [income] + [tables.expenditure, tables.general].compactMap { $0 }
        } ?? []
        let coveredTitles = Set(covered.map(\.table.titleLine))
        var references: [CodeTableView] = covered.filter { $0.table.titleLine == tables.income?.table.titleLine }
        // A table with a code no reading fits is left out: its rows could not be matched.
        for view in tables.codeTables where !view.codedRows.isEmpty && !view.codeDefects.contains(where: { $0.readCode.isEmpty }) {
            guard let column = view.column(.total), case .amount(let total) = view.total(column) else { continue }
            let classification = view.codedRows[0].code.prefix(1)
            let reference = references.first { other in
                guard other.codedRows.first?.code.prefix(1) == classification, let otherColumn = other.column(.total),
                      case .amount(let otherTotal) = other.total(otherColumn) else { return false }
                return otherTotal.value == total.value
            }
            guard let reference, let referenceColumn = reference.column(.total) else {
                if !coveredTitles.contains(view.table.titleLine) { references.append(view) }
                continue
            }
            if coveredTitles.contains(view.table.titleLine) { continue }
            let identity = "\(view.title) per code = \(reference.title) per code"
            for row in reference.codedRows {
                guard let match = view.row(code: row.code) else {
                    let place = CellPlace(table: view.title, kind: view.table.kind, serial: "", code: row.code, label: row.label,
                                          column: view.columnName(column), line: view.table.titleLine)
                    recorder.expect(.absent(at: place), equals: reference.read(row, referenceColumn), identity: identity,
                                    note: "code \(row.code) is not listed in \(view.title)")
                    continue
                }
                recorder.expect(view.read(match, column), equals: reference.read(row, referenceColumn), identity: identity)
            }
            let codes = Set(reference.codedRows.map(\.code))
            for row in view.codedRows where !codes.contains(row.code) {
                let place = CellPlace(table: reference.title, kind: reference.table.kind, serial: "", code: row.code,
                                      label: row.label, column: reference.columnName(referenceColumn),
                                      line: reference.table.titleLine)
                recorder.expect(view.read(row, column), equals: .absent(at: place), identity: identity,
                                note: "code \(row.code) is not listed in \(reference.title)")
            }
        }
    }

    static func incomeAgainstOthers(_ tables: Tables, into recorder: inout CheckRecorder) {
        for (other, name) in [(tables.expenditure, "支出总表"), (tables.general, "一般公共预算支出表")] {
            let identity = "\(name) 合计 per code = 收入总表 合计 per code"
            guard let income = tables.income, let other else {
                skipAll([identity], missing: [tables.income == nil ? "收入总表" : nil, other == nil ? name : nil],
                        into: &recorder)
                continue
            }
            guard !income.codedRows.isEmpty || other.codedRows.isEmpty else {
                // A 收入总表 by source rows lists no codes; the 支出表s are compared among themselves.
                continue
            }
            guard let incomeTotal = income.column(.total), let otherTotal = other.column(.total) else {
                recorder.skip(identity, reason: "合计 column not found")
                continue
            }
            for row in income.codedRows {
                let expected = income.read(row, incomeTotal)
                if let match = other.row(code: row.code) {
                    recorder.expect(other.read(match, otherTotal), equals: expected, identity: identity)
                } else {
                    let place = CellPlace(table: other.title, kind: other.table.kind, serial: "", code: row.code,
                                          label: row.label, column: other.columnName(otherTotal), line: other.table.titleLine)
                    recorder.expect(.absent(at: place), equals: expected, identity: identity,
                                    note: "code \(row.code) is not listed in \(name)")
                }
            }
            let incomeCodes = Set(income.codedRows.map(\.code))
            for row in other.codedRows where !incomeCodes.contains(row.code) {
                let place = CellPlace(table: income.title, kind: income.table.kind, serial: "", code: row.code,
                                      label: row.label, column: income.columnName(incomeTotal), line: income.table.titleLine)
                recorder.expect(other.read(row, otherTotal), equals: .absent(at: place), identity: identity,
                                note: "code \(row.code) is not listed in 收入总表")
            }
        }
    }

    // MARK: - 支出用途 lines

    /// A 财政拨款收支总表 (or 收支总表) spending line by purpose: 基本支出, 项目支出 ….
    static func purposeLine(_ key: String, in summary: SummaryTableView?) -> SummaryTableView.Line? {
        guard let summary, let side = summary.spending else { return nil }
        return side.parts.lazy.compactMap { part in
            summary.section(side, part).lines.first { $0.key == key }
        }.first
    }

    /// 财政拨款收支总表 by purpose (Jiangsu): its 支出合计 = 财政拨款支出表 合计, its 基本支出 line
    /// = the 财政拨款 (else 一般公共预算) 基本支出表 合计.
    static func fiscalPurposeLines(_ tables: Tables, into recorder: inout CheckRecorder) {
        guard let fiscal = tables.fiscal, let side = fiscal.spending else { return }
        if let table = tables.fiscalExpenditure, let column = table.column(.total),
           let total = fiscal.section(side).linesTotal {
            recorder.expect(fiscal.readTotal(total, side, side.totalColumn), equals: table.total(column),
                            identity: "财政拨款收支总表 \(total.key) = 财政拨款支出表 合计")
        }
        guard let part = side.parts.first(where: { part in fiscal.section(side, part).lines.contains { $0.key.equalsText("基本支出") } }),
              let line = fiscal.section(side, part).lines.first(where: { $0.key.equalsText("基本支出") }) else { return }
        for basic in [tables.fiscalBasic, tables.fiscalBasic == nil ? tables.basic : nil].compactMap({ $0 }) {
            guard let column = basic.column(.total) else { continue }
            recorder.expect(fiscal.read(line, part.totalColumn), equals: basic.total(column),
                            identity: "财政拨款收支总表 基本支出 = \(basic.title) 合计")
        }
    }

    /// 收支总表 spending lines by purpose (基本支出, 项目支出, 单位预留机动经费 …) against the
    /// 支出总表 column of the same name.
    static func linesAgainstColumns(summary: SummaryTableView, side: SummaryTableView.Side, table: CodeTableView,
                                    into recorder: inout CheckRecorder) {
        for part in side.parts {
            for line in summary.section(side, part).lines where !line.key.isEmpty {
                guard let column = table.amountColumns.first(where: { LabelMeaning.key(table.labels[$0]) == line.key }) else {
                    continue
                }
                recorder.expect(summary.read(line, part.totalColumn), equals: table.total(column),
                                identity: "收支总表 \(line.key) = 支出总表 \(line.key)")
            }
        }
    }

    // MARK: - Helpers

    /// Summary lines (by name, numbering stripped) against the 类 rows of a code table: a
    /// line and the 类 of the same name must agree; a line or 类 with no counterpart must be 0.
    static func linesAgainstClasses(summary: SummaryTableView, lines: [SummaryTableView.Line], column: Int,
                                    classes table: CodeTableView, classColumn: Int, identity: String,
                                    into recorder: inout CheckRecorder) {
        let classRows = table.classRows
        var matched = Set<String>()
        for line in lines where !line.key.isEmpty {
            if let row = classRows.first(where: { LabelMeaning.key($0.label).equalsText(line.key) }) {
                matched.insert(row.code)
                recorder.expect(summary.read(line, column), equals: table.read(row, classColumn), identity: identity)
            } else {
                let place = CellPlace(table: table.title, kind: table.table.kind, serial: "", code: "",
                                      label: line.label, column: table.columnName(classColumn), line: table.table.titleLine)
                recorder.expect(summary.read(line, column), equals: .absent(at: place), identity: identity,
                                note: "\(table.title) has no 类 named \(line.key)")
            }
        }
        for row in classRows where !matched.contains(row.code) {
            recorder.expect(.absent(at: summary.absentPlace(label: row.label, column: column)),
                            equals: table.read(row, classColumn), identity: identity,
                            note: "\(summary.title) has no line named \(LabelMeaning.key(row.label))")
        }
    }

    static func skipAll(_ identities: [String], missing: [String?], into recorder: inout CheckRecorder) {
        let names = missing.compactMap { $0 }
        skipAll(identities, reason: names.map { "\($0) absent" }.joined(separator: ", "), into: &recorder)
    }

    static func skipAll(_ identities: [String], reason: String, into recorder: inout CheckRecorder) {
        for identity in identities { recorder.skip(identity, reason: reason) }
    }
}
