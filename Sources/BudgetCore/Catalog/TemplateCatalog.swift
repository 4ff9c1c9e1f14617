/// The official Hebei county layouts (docs/templates.md), read from the built-in default family
/// (`families/hebei-county-2022.json`), keyed by title and tolerant of small title variants:
/// 表N / N、 prefixes, spacing, quotes, 政府基金/政府性基金. Other families: `FamilyCatalog`.
public enum TemplateCatalog {
    public static let entries: [TemplateEntry] = FamilyCatalog.builtin.defaultFamily?.tables ?? []

    /// The entry whose longest title key ends the normalized title, if any.
    public static func entry(forTitle title: String) -> TemplateEntry? {
        FamilyCatalog.builtin.defaultFamily?.entry(forTitle: title)
    }

    /// The same for a title already normalized (`RawTable.normalizedTitle`).
    static func entry(forNormalizedTitle title: String) -> TemplateEntry? {
        FamilyCatalog.builtin.defaultFamily?.entry(forNormalizedTitle: title)?.entry
    }

    public static func entry(for kind: TableKind) -> TemplateEntry? {
        entries.first { $0.kind == kind }
    }
}
