/// Which year's template a department's tables follow.
enum TemplateLayout: String, Codable, Sendable {
    /// 2021–2024: 收支总表 with 9 income lines and 30 spending lines, `预算年度：` with a
    /// full-width colon.
    case classic
    /// 2025: 5 income lines ending `五、单位资金`, 31 spending lines ending `三十一、人行科目`
    /// (34 rows), ASCII colons (`预算年度:2025`).
    case y2025
}

/// The income columns of the 收入总表 under 本年收入, in template order.
enum IncomeSource: Int, CaseIterable {
    case fiscalGrant, specialAccount, operations, business, superior, subordinate, other
}

/// One 功能分类 row (类, 款 or 项) with its amounts in cents. Leaves are drawn; parents are
/// sums, so every hierarchy identity holds by construction. `basic + project == total`.
struct FunctionLine {
    var subject: FunctionSubject
    /// Indexed by `IncomeSource.rawValue`.
    var sources: [Int64] = Array(repeating: 0, count: IncomeSource.allCases.count)
    var carryOver: Int64 = 0
    var basic: Int64 = 0
    var project: Int64 = 0

    var current: Int64 { sources.reduce(0, +) }
    var total: Int64 { current + carryOver }

    mutating func add(_ other: FunctionLine) {
        for index in sources.indices { sources[index] += other.sources[index] }
        carryOver += other.carryOver
        basic += other.basic
        project += other.project
    }
}

/// One 经济分类 row of the 基本支出表: 301/303 rows hold 人员经费, 302 rows 公用经费.
struct EconomicLine {
    var subject: FunctionSubject
    var personnel: Int64 = 0
    var publicFunds: Int64 = 0
    var total: Int64 { personnel + publicFunds }
}

/// The 财政拨款“三公”经费, all from 一般公共预算.
struct ThreePublicFunds {
    var abroad: Int64
    var reception: Int64
    var vehiclePurchase: Int64
    var vehicleOperation: Int64
    var vehicles: Int64 { vehiclePurchase + vehicleOperation }
    var total: Int64 { abroad + reception + vehicles }
}

/// One row of the 部门政府采购预算.
struct ProcurementItem {
    var project: String
    var item: String
    var catalogCode: String
    var unit: String
    var quantity: Int
    var unitPrice: Int64
    /// Column of the 8 funding columns (after 合计) that pays for it.
    var fundingColumn: Int
    var reservedForSmallFirms: Int64?
    var amount: Int64 { unitPrice * Int64(quantity) }
}

struct FixedAssets {
    var buildingArea: Int
    var officeArea: Int
    var buildingValue: Int64
    var vehicles: Int
    var vehicleValue: Int64
    var equipment: Int
    var equipmentValue: Int64
    var others: Int
    var otherValue: Int64
    var total: Int64 { buildingValue + vehicleValue + equipmentValue + otherValue }
}

struct OrganizationUnit {
    var name: String
    var nature: String
    var rank: String
    var funding: String
}

/// One 项目绩效目标表.
struct PerformanceTarget {
    var project: String
    /// The 绩效目标 cell; `\n` marks text lines that follow the cell line directly.
    var targetText: String
    /// Further paragraphs of the target text, after blank lines, before the indicator grid.
    var laterParagraphs: [String]
    /// 6 cells each; an empty 一级指标 continues the group above.
    var indicators: [[String]]
}

/// Everything one department discloses, as numbers and texts, before any layout.
struct DepartmentBudget {
    var unitCode: String
    var unitName: String
    var year: Int
    var layout: TemplateLayout
    /// 类, 款, 项 rows in code order (parents before children).
    var functionLines: [FunctionLine]
    var functionTotal: FunctionLine
    /// 301, 301xx…, 302, …, 303, … in code order.
    var economicLines: [EconomicLine]
    var threePublic: ThreePublicFunds?
    var procurement: [ProcurementItem]?
    var fixedAssets: FixedAssets?
    var organization: [OrganizationUnit]?
    var targets: [PerformanceTarget]
    /// Amounts of 0 written as `0.00` rather than left blank.
    var writesZeros: Bool

    var unit: String { unitCode + unitName }
    var personnel: Int64 { economicLines.filter { $0.subject.code.count == 3 }.reduce(0) { $0 + $1.personnel } }
    var publicFunds: Int64 { economicLines.filter { $0.subject.code.count == 3 }.reduce(0) { $0 + $1.publicFunds } }
    var procurementTotal: Int64 { procurement?.reduce(0) { $0 + $1.amount } ?? 0 }

    /// The 收支总表 income lines of this template, with their amounts.
    var summaryIncomeLines: [(label: String, amount: Int64)] {
        let s = functionTotal.sources
        let fiscal = s[IncomeSource.fiscalGrant.rawValue], special = s[IncomeSource.specialAccount.rawValue]
        switch layout {
        case .classic:
            return [("一般公共预算拨款收入", fiscal), ("政府性基金预算拨款收入", 0), ("国有资本经营预算拨款收入", 0),
                    ("财政专户管理资金收入", special), ("事业收入", s[IncomeSource.operations.rawValue]),
                    ("事业单位经营收入", s[IncomeSource.business.rawValue]), ("上级补助收入", s[IncomeSource.superior.rawValue]),
                    ("附属单位上缴收入", s[IncomeSource.subordinate.rawValue]), ("其他收入", s[IncomeSource.other.rawValue])]
        case .y2025:
            let unitFunds = functionTotal.current - fiscal - special
            return [("一般公共预算拨款收入", fiscal), ("政府性基金预算拨款收入", 0), ("国有资本经营预算拨款收入", 0),
                    ("财政专户管理资金收入", special), ("单位资金", unitFunds)]
        }
    }
}
