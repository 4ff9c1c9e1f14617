/// The official Hebei county layouts (docs/templates.md), read from the built-in default family
/// (`families/hebei-county-2022.json`), keyed by title and tolerant of small title variants:
/// 表N / N、 prefixes, spacing, quotes, 政府基金/政府性基金. Other families: `FamilyCatalog`.
public enum TemplateCatalog {
    public static let entries: [TemplateEntry] = FamilyCatalog.builtin.defaultFamily?.tables ?? []

    /// The entry whose longest title key ends the normalized title, if any.
    public static func entry(forTitle title: String) -> TemplateEntry? {
        let normalized = TextNormalizer.label(title)
        guard !normalized.isEmpty else { return nil }
        var best: (entry: TemplateEntry, length: Int)?
        for entry in entries {
            for key in entry.titleKeys where normalized.endsWithText(key) {
                let length = key.characterCount
                if length > (best?.length ?? 0) { best = (entry, length) }
            }
        }
        return best?.entry
    }

    public static func entry(for kind: TableKind) -> TemplateEntry? {
        entries.first { $0.kind == kind }
    }
}
