import SpreadsheetModel

/// RawTable → BudgetTable: tells the rows apart (meta, text rows above the grid, 1 to 4
/// header rows, 栏次, data), drops headers repeated at page breaks, re-joins rows broken by
/// blank lines using the table's column count, and rebuilds the header.
public enum TableAssembler {
    /// The most header rows a table has (a 单位预算 收支总表 has four).
    static let maxHeaderRows = 4

    public static func assemble(_ raw: RawTable) -> BudgetTable {
        assemble(raw, family: nil)
    }

    /// With the document's family: its entry for the title settles the header, the column
    /// meanings and how amounts are shown. Without one (or when the family does not know the
    /// title), the Hebei layouts and then the general rule.
    public static func assemble(_ raw: RawTable, family: TemplateFamily?) -> BudgetTable {
        let template = family?.entry(forNormalizedTitle: raw.normalizedTitle)?.entry
            ?? TemplateCatalog.entry(forNormalizedTitle: raw.normalizedTitle)
        var warnings: [ConversionWarning] = []
        var rows = raw.rows[...]

        var meta: SourceRow?
        if let first = rows.first, first.count <= 4, first.cells.contains(where: { TitleRules.isMetaText($0.text) }) {
            meta = first
            rows = rows.dropFirst()
        }
        let width = rows.map(\.count).max() ?? 0
        // The width data rows are re-joined to: the indicator grid's, in a 绩效目标 form whose
        // key–value rows above the grid can be longer or shorter than it.
        var gridWidth = width

        // The 栏次 row closes the header zone of the budget tables.
        let indexPosition = rows.firstIndex { TextNormalizer.compact($0.cells.first?.text ?? "").equalsText("栏次") }
        // Looked for only without a 栏次 row (it read every row's first cell again for each table).
        let indicatorHeader = indexPosition != nil ? nil : rows.firstIndex {
            TextNormalizer.compact($0.cells.first?.text ?? "").equalsText("一级指标") && $0.count >= 3
        }
        let headerEnd: Int
        let headerStart: Int
        let allowUpperRows = template?.kind != .performanceTarget
        if indexPosition == nil, let indicatorHeader {
            // 绩效目标 forms: everything above the `一级指标 …` row is kept as key–value rows.
            headerStart = indicatorHeader
            headerEnd = indicatorHeader + 1
            gridWidth = rows[indicatorHeader].count
        } else if let indexPosition {
            headerEnd = indexPosition
            headerStart = upperStart(leaf: indexPosition - 1, rows: rows, allow: allowUpperRows, limit: template?.headerRows)
        } else if let fullRow = rows.firstIndex(where: { $0.count == width && !TitleRules.isTargetTextRow($0) }) {
            headerEnd = fullRow + 1
            headerStart = upperStart(leaf: fullRow, rows: rows, allow: allowUpperRows, limit: template?.headerRows)
        } else {
            headerStart = rows.startIndex
            headerEnd = rows.startIndex
        }

        let preamble = Array(rows[rows.startIndex..<headerStart])
        let headerRows = Array(rows[headerStart..<headerEnd])
        var indexRow: SourceRow?
        var bodyStart = headerEnd
        if let indexPosition {
            indexRow = rows[indexPosition]
            bodyStart = indexPosition + 1
        }

        let body = RepeatedHeaderFilter.filter(Array(rows[bodyStart...]), headerRows: headerRows, indexRow: indexRow)
        warnings += body.warnings
        let repaired = RowRepairer.repair(body.rows, width: gridWidth, endsAtEndOfFile: raw.endsAtEndOfFile)
        warnings += repaired.warnings

        let meanings = template?.columns.flatMap { $0.count == width ? $0 : nil }
        let kinds = ColumnKinds.of(headerRows: headerRows, dataRows: repaired.rows, width: width, meanings: meanings)

        var header = HeaderLayout.empty
        switch headerRows.count {
        case 0: break
        case 1: header = HeaderAnalyzer.singleRow(headerRows[0])
        case 2 where template?.coverCounts == nil:
            let result = HeaderAnalyzer.twoRows(top: headerRows[0], leaves: headerRows[1],
                                                width: width, catalogSpans: template?.topSpans)
            header = result.layout
            warnings += result.warnings.map { ConversionWarning(line: headerRows[0].line, $0) }
        default:
            let result = HeaderTree.analyze(rows: headerRows, width: width, kinds: kinds, coverCounts: template?.coverCounts)
            header = result.layout
            warnings += result.warnings.map { ConversionWarning(line: headerRows[0].line, $0) }
        }

        var table = BudgetTable(
            title: raw.title, titleLine: raw.titleLine,
            kind: template?.kind ?? .unknown, template: template,
            meta: meta, preambleRows: preamble, headerRows: headerRows, header: header,
            indexRow: indexRow, dataRows: repaired.rows, notes: raw.notes, width: width, warnings: warnings)
        table.label = raw.label
        table.columnMeanings = meanings
        if let family {
            table.amountFormat = family.amountFormat
        } else {
            table.amountFormat = amountFormatWithoutFamily(repaired.rows)
        }
        return table
    }

    /// No family: the template's `#,##0.00` for figures written like the template's (no
    /// separators), the source's own format where the source groups thousands. Structured
    /// shapes (HTML, Word, PDF) take the same rule.
    static func amountFormatWithoutFamily(_ rows: [SourceRow]) -> String? {
        let grouped = rows.contains { $0.cells.contains { $0.text.containsText(literal: ",") && NumberParser.parse($0.text) != nil } }
        return grouped ? nil : NumberStyle.amount.rawValue
    }

    /// The first of the header rows that end at `leaf`: the rows right above it that read
    /// like header rows (each shorter than the one below, labels only), at most four in all.
    static func upperStart(leaf: Int, rows: ArraySlice<SourceRow>, allow: Bool, limit: Int?) -> Int {
        guard leaf >= rows.startIndex else { return rows.startIndex }
        var start = leaf
        let most = min(maxHeaderRows, limit ?? maxHeaderRows)
        while allow, leaf - start + 1 < most, start - 1 >= rows.startIndex {
            let above = rows[start - 1]
            guard above.count < rows[start].count, isHeaderLike(above) else { break }
            start -= 1
        }
        return start
    }

    /// Labels only: no figure, no `key：value`, no long sentence, no `绩效目标 | text` row.
    static func isHeaderLike(_ row: SourceRow) -> Bool {
        guard !TitleRules.isTargetTextRow(row), row.cells.contains(where: { !$0.isEmpty }) else { return false }
        return row.cells.allSatisfy { cell in
            let text = TextNormalizer.compact(cell.text)
            return NumberParser.parse(text) == nil && text.characterCount <= 40
                && !(text.containsText(literal: "：") && !text.endsWithText("：")) && !(text.containsText(literal: ":") && !text.endsWithText(":"))
        }
    }
}
