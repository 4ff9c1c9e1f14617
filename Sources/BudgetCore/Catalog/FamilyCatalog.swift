/// The template families a conversion knows: the built-in ones (embedded from
/// `Catalog/families/*.json`), plus a user's (`--templates DIR`), with an optional forced
/// choice (`--template NAME`). Picks the family of each document from its titles, label lines
/// and header labels.
public struct FamilyCatalog: Sendable {
    public var families: [TemplateFamily] { didSet { (allEntries, anyTitleIndex) = Self.index(families) } }
    /// Every family's entries, and their title keys normalized once (`anyEntry` is asked of
    /// many lines).
    private var allEntries: [TemplateEntry]
    private var anyTitleIndex: TitleKeyIndex

    private static func index(_ families: [TemplateFamily]) -> ([TemplateEntry], TitleKeyIndex) {
        let entries = families.flatMap(\.tables)
        return (entries, TitleKeyIndex(entries))
    }
    /// The family every document uses, when forced.
    public var forced: String?

    public init(families: [TemplateFamily], forced: String? = nil) {
        self.families = families
        self.forced = forced
        (allEntries, anyTitleIndex) = Self.index(families)
    }

    /// The families built into the binary. A built-in file that does not decode is left out
    /// (a test keeps them all decodable).
    public static let builtin: FamilyCatalog = FamilyCatalog(families: builtinFamilies)

    static let builtinFamilies: [TemplateFamily] = BuiltinFamilies.files.compactMap { file in
        try? FamilyDecoder.decode(file.json, source: file.name)
    }

    /// Problems with the built-in files (empty when all decode).
    public static var builtinProblems: [String] {
        BuiltinFamilies.files.compactMap { file -> String? in
            do { _ = try FamilyDecoder.decode(file.json, source: file.name); return nil } catch { return "\(error)" }
        }
    }

    /// A copy with more families; a user's family replaces a built-in one of the same name.
    public func adding(_ more: [TemplateFamily]) -> FamilyCatalog {
        let names = Set(more.map(\.name))
        return FamilyCatalog(families: families.filter { !names.contains($0.name) } + more, forced: forced)
    }

    public func family(named name: String) -> TemplateFamily? {
        families.first { $0.name == name }
    }

    public var defaultFamily: TemplateFamily? { families.first(where: \.isDefault) ?? families.first }

    /// The family whose titles, label lines and header labels fit the document best; nil when
    /// no family knows any of its titles (its tables then go through the default family's
    /// titles and the general rule, with amounts shown as printed).
    public func detect(_ tables: [RawTable]) -> TemplateFamily? {
        var totals = Array(filled: 0, count: families.count)
        for table in tables {
            for (index, score) in scores(of: table).enumerated() { totals[index] += score }
        }
        return detect(totals: totals)
    }

    /// The same choice from scores already summed per family (in `families` order): a score
    /// is a sum over tables, so a file read as a stream adds each table's `scores(of:)` up
    /// and is told the very family a whole read would be.
    func detect(totals: [Int]) -> TemplateFamily? {
        if let forced, let family = family(named: forced) { return family }
        var best: (family: TemplateFamily, score: Int)?
        for (family, score) in zip(families, totals) {
            if score > (best?.score ?? 0) || (score > 0 && score == best?.score && family.isDefault) { best = (family, score) }
        }
        return best?.family
    }

    /// One table's score for each family, in `families` order: the length of the title key
    /// that matched, 10 for a label line of the entry, 5 for each header label (in the first
    /// six rows) that only the family prints; 0 when the family knows no such title.
    /// Each text is normalized once for all families, and the header cells only when a
    /// family knows the title, in one pass that adds to each such family's score.
    func scores(of table: RawTable) -> [Int] {
        let title = table.normalizedTitle
        var scores = Array(filled: 0, count: families.count)
        var matching: [Int] = []
        let label = table.label.map { TextNormalizer.compact($0.text) }
        // By index throughout: iterating families, rows or cells (or binding one) copied it,
        // every array and string in it retained and released, for each table and header cell.
        for index in families.indices {
            guard let match = families[index].titleIndex.best(normalizedTitle: title) else { continue }
            scores[index] = match.length
            if let label, families[index].tables[match.entry].labelLines.contains(where: { TextNormalizer.compact($0) == label }) {
                scores[index] += 10
            }
            matching.append(index)
        }
        guard !matching.isEmpty else { return scores }
        let rows = table.rows
        for row in rows.indices.prefix(6) {
            for cell in rows[row].cells.indices {
                // Most header cells are plain and hold no whitespace: their bytes are their
                // compact form, looked up as they are.
                let settled = rows[row].cells[cell].text.withBorrowedUTF8 { bytes -> Bool in
                    guard SingleScalarText.holdsWithoutWhitespace(bytes) else { return false }
                    for index in matching where families[index].compactSignatures.containsPlain(bytes) { scores[index] += 5 }
                    return true
                }
                if settled { continue }
                let text = TextNormalizer.compact(rows[row].cells[cell].text)
                let isPlain = SingleScalarText.holds(text)
                for index in matching where families[index].compactSignatures.contains(text, isPlain: isPlain) {
                    scores[index] += 5
                }
            }
        }
        return scores
    }

    /// Every title key of every family (the recognizer asks whether a line is a known title).
    public func anyEntry(forTitle title: String) -> TemplateEntry? {
        anyTitleIndex.best(normalizedTitle: TextNormalizer.label(title)).map { allEntries[$0.entry] }
    }
}
