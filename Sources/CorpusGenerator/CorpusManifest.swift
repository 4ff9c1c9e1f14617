import BudgetCore

/// What a corpus holds, file by file, so tests and benchmarks can check conversions and
/// recompute roll-ups without parsing the exports themselves. Written as
/// `corpus-manifest.json` (sorted keys) beside the county folders.
public struct CorpusManifest: Codable, Equatable, Sendable {
    public var seed: UInt64
    public var counties: Int
    public var departmentsPerCounty: Int
    public var options: CorpusOptions
    /// In generation order: county by county, department by department.
    public var files: [CorpusFileEntry]

    /// Files expected to convert (possibly with no warning at all).
    public var goodFiles: [CorpusFileEntry] { files.filter { $0.expectedFailure == nil } }
}

/// One generated export.
public struct CorpusFileEntry: Codable, Equatable, Sendable {
    /// Relative to the corpus folder, `/`-separated: `130530新河县/316新河县财政局.txt`.
    public var path: String
    /// The county folder's name.
    public var county: String
    public var encoding: SourceEncoding
    public var lineEnding: LineEnding
    /// Layout quirks applied (docs/format.md "What exports in the wild also do"), in a fixed order.
    public var quirks: [CorpusQuirk]
    /// Set for deliberately bad files: how `DocumentReader` must fail (or warn, when truncated).
    public var expectedFailure: BrokenKind?
    /// For a truncated file: the line of the row the file ends in (the warning's line).
    public var truncatedRowLine: Int?
    public var byteCount: Int
    /// FNV-1a 64 of the bytes, hex: a cheap identity for determinism checks.
    public var checksum: String
    /// The departments whose tables the file holds (two for a multi-department export). For a
    /// broken file: what it held before it was broken (nothing for empty, binary, no-table).
    public var departments: [DepartmentEntry]
}

/// One department of an export, with the figures its tables carry.
public struct DepartmentEntry: Codable, Equatable, Sendable {
    /// Budget unit code, as it prefixes the name in the meta row (`316`).
    public var unitCode: String
    public var unitName: String
    public var year: Int
    /// `classic` (2021–2024) or `y2025` (5 income lines, 人行科目, ASCII colons).
    public var template: String
    /// Titles of the department's tables in order (9 budget tables, then the 情况说明 ones).
    public var tables: [String]
    /// 功能分类 rows (类 + 款 + 项) of the 收入总表 / 支出总表, without the 合计 row.
    public var functionRows: Int
    public var performanceTargets: Int
    public var procurementRows: Int
    public var figures: DepartmentFigures

    /// The meta row's unit cell: code + name.
    public var unit: String { unitCode + unitName }
}

/// Key figures of a department, in cents of 万元 (1 = 0.01 万元), exact.
public struct DepartmentFigures: Codable, Equatable, Sendable {
    /// 收入总计 (收支总表) = 收入总表 合计.
    public var incomeTotal: Int64
    /// 本年收入合计 = 收入总表 小计.
    public var currentIncome: Int64
    /// 本年收入 by source, as the 收入总表 columns.
    public var incomeBySource: IncomeBySource
    /// 上年结转 (结余).
    public var carryOver: Int64
    /// 本年支出合计 = 支出总表 合计.
    public var expenditureTotal: Int64
    public var basicExpenditure: Int64
    public var projectExpenditure: Int64
    /// 基本支出表 人员经费 / 公用经费 totals.
    public var personnel: Int64
    public var publicFunds: Int64
    /// 财政拨款“三公”经费 合计 (0 when the table is empty).
    public var threePublic: Int64
    /// Sum of the 政府采购 合计 column (0 when empty or absent).
    public var procurement: Int64

    public init(incomeTotal: Int64, currentIncome: Int64, incomeBySource: IncomeBySource, carryOver: Int64,
                expenditureTotal: Int64, basicExpenditure: Int64, projectExpenditure: Int64, personnel: Int64,
                publicFunds: Int64, threePublic: Int64, procurement: Int64) {
        self.incomeTotal = incomeTotal
        self.currentIncome = currentIncome
        self.incomeBySource = incomeBySource
        self.carryOver = carryOver
        self.expenditureTotal = expenditureTotal
        self.basicExpenditure = basicExpenditure
        self.projectExpenditure = projectExpenditure
        self.personnel = personnel
        self.publicFunds = publicFunds
        self.threePublic = threePublic
        self.procurement = procurement
    }
}

/// The 收入总表 本年收入 columns, in cents.
public struct IncomeBySource: Codable, Equatable, Sendable {
    public var fiscalGrant: Int64        // 财政拨款收入
    public var specialAccount: Int64     // 财政专户收入
    public var operations: Int64         // 事业收入
    public var business: Int64           // 经营收入
    public var superior: Int64           // 上级补助收入
    public var subordinate: Int64        // 附属单位上缴收入
    public var other: Int64              // 其他收入

    public init(fiscalGrant: Int64, specialAccount: Int64, operations: Int64, business: Int64, superior: Int64,
                subordinate: Int64, other: Int64) {
        self.fiscalGrant = fiscalGrant
        self.specialAccount = specialAccount
        self.operations = operations
        self.business = business
        self.superior = superior
        self.subordinate = subordinate
        self.other = other
    }

    /// In 收入总表 column order.
    public var columns: [Int64] { [fiscalGrant, specialAccount, operations, business, superior, subordinate, other] }
}

public enum LineEnding: String, Codable, Sendable, CaseIterable {
    case lf = "LF", crlf = "CRLF", cr = "CR"

    var text: String {
        switch self {
        case .lf: return "\n"
        case .crlf: return "\r\n"
        case .cr: return "\r"
        }
    }
}

/// Quirks of real exports that a reader must see through.
public enum CorpusQuirk: String, Codable, Sendable, CaseIterable {
    case trailingBlanks, spaceOnlyBlankLines, leadingSpaces, brokenRows, continuationLines, extraBlankLines
    /// Zero amounts written `0.00` instead of left blank.
    case writtenZeros
    /// Two departments one after another in the file.
    case multiDepartment
}

/// How a deliberately bad file is bad, and so how reading it must go.
public enum BrokenKind: String, Codable, Sendable, CaseIterable {
    /// Zero bytes: `DocumentFailure.decoding(.empty)`.
    case empty
    /// Binary content (a NUL byte, no BOM): `.decoding(.binary)`.
    case binary
    /// Bytes invalid in the file's encoding, mid-file: `.decoding(.invalidBytes)`.
    case invalidBytes
    /// Narrative text only: `.noTable`.
    case noTable
    /// Ends inside a table row: reads, with a warning that the file ends inside the table.
    case truncated
}
