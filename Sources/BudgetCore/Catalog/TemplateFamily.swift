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
    public var headerSignatures: [String]
    public var tables: [TemplateEntry]

    public init(name: String, description: String = "", amountFormat: String? = nil, isDefault: Bool = false,
                headerSignatures: [String] = [], tables: [TemplateEntry]) {
        self.name = name
        self.description = description
        self.amountFormat = amountFormat
        self.isDefault = isDefault
        self.headerSignatures = headerSignatures
        self.tables = tables
    }

    /// The entry whose longest title key ends the title, if any.
    public func entry(forTitle title: String) -> TemplateEntry? {
        let normalized = TextNormalizer.label(title)
        guard !normalized.isEmpty else { return nil }
        var best: (entry: TemplateEntry, length: Int)?
        for entry in tables {
            let length = entry.matchLength(normalizedTitle: normalized)
            if length > (best?.length ?? 0) { best = (entry, length) }
        }
        return best?.entry
    }
}
