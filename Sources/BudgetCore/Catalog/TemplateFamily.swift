/// A family of templates: the tables one issuer publishes in one period (河北县级 2022,
/// 上海区级 2023+, 江苏省级 2017–2019), as read from a family file (docs/catalog.md).
public struct TemplateFamily: Sendable, Equatable {
    public var name: String
    public var description: String
    /// How amounts are shown: a fixed Excel format (`#,##0.00`), or nil to show them as printed.
    public var amountFormat: String?
    /// The family used when no other family fits a document.
    public var isDefault: Bool
    /// Header labels that only this family prints (compacted), for detection.
    public var headerSignatures: [String] { didSet { compactSignatures = PlainTextSet(headerSignatures.map(TextNormalizer.compact)) } }
    public var tables: [TemplateEntry] { didSet { titleIndex = TitleKeyIndex(tables) } }
    /// `headerSignatures` compacted, and the tables' title keys normalized: built once, as
    /// every table of every document is matched against them.
    private(set) var compactSignatures: PlainTextSet
    private(set) var titleIndex: TitleKeyIndex

    public init(name: String, description: String = "", amountFormat: String? = nil, isDefault: Bool = false,
                headerSignatures: [String] = [], tables: [TemplateEntry]) {
        self.name = name
        self.description = description
        self.amountFormat = amountFormat
        self.isDefault = isDefault
        self.headerSignatures = headerSignatures
        self.tables = tables
        compactSignatures = PlainTextSet(headerSignatures.map(TextNormalizer.compact))
        titleIndex = TitleKeyIndex(tables)
    }

    /// The entry whose longest title key ends the title, if any.
    public func entry(forTitle title: String) -> TemplateEntry? {
        entry(forNormalizedTitle: TextNormalizer.label(title))?.entry
    }

    /// The same for a title already normalized (`TextNormalizer.label`), with the length of
    /// the key that matched.
    func entry(forNormalizedTitle normalized: String) -> (entry: TemplateEntry, length: Int)? {
        titleIndex.best(normalizedTitle: normalized).map { (tables[$0.entry], $0.length) }
    }
}
