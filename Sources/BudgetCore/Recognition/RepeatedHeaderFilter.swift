/// A printed table repeats its header at the top of each continuation page; an export of it
/// can carry those copies between data rows. They are dropped with a warning (the data rows
/// around them never are).
enum RepeatedHeaderFilter {
    static func filter(_ rows: [SourceRow], headerRows: [SourceRow], indexRow: SourceRow?)
        -> (rows: [SourceRow], warnings: [ConversionWarning]) {
        // Only header rows with two labels or more: a lone `合计` could well be data. A few
        // signatures, searched in a list and compared as text (`equalsText`): a set hashed
        // every label, and String's hashing normalizes CJK text first.
        let signatures = (headerRows + (indexRow.map { [$0] } ?? []))
            .filter { $0.cells.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } >= 2 }
            .map(signature)
        guard !signatures.isEmpty else { return (rows, []) }
        // Most rows differ from every header in their first cell: that one comparison spares
        // them the whole signature (a copy of every cell).
        let firstTexts = signatures.map { $0.first ?? "" }
        var kept: [SourceRow] = []
        kept.reserveCapacity(rows.count)
        var warnings: [ConversionWarning] = []
        for row in rows {
            let first = row.cells.first.map { TextNormalizer.compact($0.text) } ?? ""
            if firstTexts.contains(where: { $0.equalsText(first) }),
               case let texts = signature(row), signatures.contains(where: { $0.elementsEqual(texts) { $0.equalsText($1) } }) {
                warnings.append(ConversionWarning(line: row.line,
                    "header row repeated inside the table (a page break of the original); dropped"))
            } else {
                kept.append(row)
            }
        }
        return (kept, warnings)
    }

    private static func signature(_ row: SourceRow) -> [String] {
        var texts = row.cells.map { TextNormalizer.compact($0.text) }
        while texts.last == "" { texts.removeLast() }
        return texts
    }
}
