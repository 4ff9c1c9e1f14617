/// One official table layout: how to recognise its title and how its header is merged, what
/// each column means, and which identities hold in it.
public struct TemplateEntry: Sendable, Equatable {
    public var kind: TableKind
    /// Title keys, compared with `TextNormalizer.label` of the title (suffix match).
    public var titleKeys: [String]
    /// Short sheet name (docs/templates.md "Sheet names").
    public var sheetName: String
    /// Column span of each top-level header label, left to right, for two-level headers.
    /// A span of 1 over an empty leaf cell is a vertical merge over both header rows.
    public var topSpans: [Int]?
    /// Columns whose empty cells continue the group above (merged down), e.g. 一级指标.
    public var mergeDownColumns: [Int]
    /// Label lines printed above the title (`公开01表`).
    public var labelLines: [String] = []
    /// Number of header rows, when the family fixes it.
    public var headerRows: Int?
    /// For headers of any row count: for each header row but the last, how many cells of the
    /// row below each of its cells covers (see `HeaderTree`).
    public var coverCounts: [[Int]]?
    /// What each column means, left to right; nil when the family does not say.
    public var columns: [CatalogColumn]?
    /// Names of the identities that hold in this table (docs/catalog.md lists them).
    public var identities: [String] = []
    /// Key figures this table carries (`收入总计`, `支出总计`, …).
    public var keyFigures: [String] = []

    public init(kind: TableKind, titleKeys: [String], sheetName: String, topSpans: [Int]? = nil,
                mergeDownColumns: [Int] = []) {
        self.kind = kind
        self.titleKeys = titleKeys
        self.sheetName = sheetName
        self.topSpans = topSpans
        self.mergeDownColumns = mergeDownColumns
    }
}

/// What a column means (catalog `columns`).
public enum CatalogColumn: Equatable, Sendable, CustomStringConvertible {
    case serial
    /// A 科目编码: the whole code, or one part of a split code (类, 款, 项).
    case code(part: CodePart?)
    case name
    case amount
    case percent
    case text

    public enum CodePart: String, Sendable, CaseIterable { case `class` = "类", section = "款", item = "项" }

    /// `serial`, `code`, `code:类`, `name`, `amount`, `percent`, `text`.
    public init?(_ text: String) {
        switch text {
        case "serial": self = .serial
        case "code": self = .code(part: nil)
        case "name": self = .name
        case "amount": self = .amount
        case "percent": self = .percent
        case "text": self = .text
        default:
            guard text.hasPrefix("code:"), let part = CodePart(rawValue: String(text.dropFirst(5))) else { return nil }
            self = .code(part: part)
        }
    }

    public var description: String {
        switch self {
        case .serial: return "serial"
        case .code(let part): return part.map { "code:" + $0.rawValue } ?? "code"
        case .name: return "name"
        case .amount: return "amount"
        case .percent: return "percent"
        case .text: return "text"
        }
    }

    /// The cell typing role of the meaning.
    var role: ColumnRole {
        switch self {
        case .serial: return .serial
        case .code: return .code
        case .amount: return .amount
        case .name, .percent, .text: return .text
        }
    }
}
