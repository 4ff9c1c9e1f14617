/// One official table layout: how to recognise its title and how its header is merged.
public struct TemplateEntry: Sendable, Equatable {
    public var kind: TableKind
    /// Title keys, compared with `TextNormalizer.label` of the title (suffix match).
    public var titleKeys: [String]
    /// Short sheet name (template.md "Sheet names").
    public var sheetName: String
    /// Column span of each top-level header label, left to right, for two-level headers.
    /// A span of 1 over an empty leaf cell is a vertical merge over both header rows.
    public var topSpans: [Int]?
    /// Columns whose empty cells continue the group above (merged down), e.g. 一级指标.
    public var mergeDownColumns: [Int]

    public init(kind: TableKind, titleKeys: [String], sheetName: String, topSpans: [Int]? = nil,
                mergeDownColumns: [Int] = []) {
        self.kind = kind
        self.titleKeys = titleKeys
        self.sheetName = sheetName
        self.topSpans = topSpans
        self.mergeDownColumns = mergeDownColumns
    }
}
