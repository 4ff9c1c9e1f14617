import SpreadsheetModel

/// One SpannedGrid (and the title, meta and notes found beside it) → BudgetTable. The grid's
/// own spans are the header merges; nothing is inferred from flat rows.
enum GridTableAssembler {
    /// What the paragraphs around the grid gave (disclosure-page layout).
    struct Surroundings {
        var title: Paragraph?
        /// The label line above the title (`公开01表`, `表一`), kept on the sheet as the text
        /// shape keeps it.
        var label: Paragraph?
        var meta: [SourceCell] = []
        var notes: [Paragraph] = []
    }

    struct Result {
        var table: BudgetTable
        /// Rows of the grid that are no part of the table proper: kept as narrative.
        var narrative: [Paragraph]
    }

    /// Header rows beyond this many are read as data (a runaway rowspan cannot swallow a table).
    static let maximumHeaderRows = 6

    static func assemble(_ grid: SpannedGrid, around: Surroundings) -> Result {
        let occupancy = GridOccupancy(grid)
        var warnings: [ConversionWarning] = []
        var narrative: [Paragraph] = []
        var title = around.title
        var label = around.label
        var meta = around.meta
        var notes: [Paragraph] = []

        // Top rows: title, label line, meta (Excel "Save as Web Page" writes them as rows).
        var top = 0
        while top < grid.rowCount {
            let starting = occupancy.cells(startingIn: top)
            if starting.contains(where: { $0.rowSpan > 1 }) { break }
            let cells = starting.filter { !$0.text.isEmpty }
            if cells.isEmpty {
                top += 1  // spacing above the table
                continue
            }
            if cells.count == 1, let only = cells.first {
                if StructuredTextRules.isLabelLine(only.text) {
                    if label == nil {
                        label = Paragraph(only.text.trimmingSpaces(), line: only.line)
                    } else {
                        narrative.append(Paragraph(only.text, line: only.line))
                    }
                    top += 1
                    continue
                }
                if let items = StructuredTextRules.metaItems(ofParagraph: only.text) {
                    meta += items.map { SourceCell($0, line: only.line) }
                    top += 1
                    continue
                }
                if title == nil, meta.isEmpty, isTitleCell(only, in: grid) {
                    title = Paragraph(only.text, line: only.line)
                    top += 1
                    continue
                }
                break
            }
            if cells.count <= 4, cells.contains(where: { StructuredTextRules.isMetaItem($0.text) }),
               !cells.contains(where: { StructuredTextRules.isFigure($0.text) }) {
                meta += cells.map { SourceCell($0.text, line: $0.line) }
                top += 1
                continue
            }
            break
        }

        // Bottom rows: notes (注：…) alone in their rows; empty rows below the last note dropped.
        var bottom = grid.rowCount
        var scan = grid.rowCount
        while scan > top {
            let starting = occupancy.cells(startingIn: scan - 1)
            if starting.contains(where: { $0.rowSpan > 1 }) { break }
            let cells = starting.filter { !$0.text.isEmpty }
            if cells.isEmpty {
                scan -= 1
                continue
            }
            guard cells.count == 1, TitleRules.isNote(cells[0].text.trimmingSpaces()) else { break }
            notes.insert(Paragraph(cells[0].text, line: cells[0].line), at: 0)
            scan -= 1
            bottom = scan
        }
        notes += around.notes

        // Key–value rows above the grid (`绩效目标 | text`).
        var preamble: [SourceRow] = []
        var headerStart = top
        while headerStart < bottom, TitleRules.isTargetTextRow(occupancy.flatRow(headerStart)) {
            preamble.append(occupancy.flatRow(headerStart))
            headerStart += 1
        }

        let headerEnd = headerEnd(from: headerStart, bottom: bottom, occupancy: occupancy)
        if headerEnd - headerStart >= maximumHeaderRows {
            warnings.append(ConversionWarning(line: occupancy.line(of: headerStart),
                "header spans \(maximumHeaderRows) rows or more; the rows below are read as data"))
        }
        var bodyStart = headerEnd
        var indexRow: SourceRow?
        if bodyStart < bottom, isIndexRow(bodyStart, occupancy: occupancy) {
            indexRow = occupancy.paddedRow(bodyStart)
            bodyStart += 1
        }

        let header = headerLayout(rows: headerStart..<headerEnd, occupancy: occupancy)
        let headerRows = (headerStart..<headerEnd).map(occupancy.flatRow)
        let dataRows = (bodyStart..<max(bodyStart, bottom)).map(occupancy.paddedRow)
        let bodyMerges = merges(in: bodyStart..<max(bodyStart, bottom), occupancy: occupancy)

        let titleText = title?.text ?? ""
        let template = TemplateCatalog.entry(forTitle: titleText)
        var table = BudgetTable(
            title: titleText, titleLine: title?.line ?? grid.line,
            kind: template?.kind ?? .unknown, template: template,
            meta: meta.isEmpty ? nil : SourceRow(meta), preambleRows: preamble,
            headerRows: headerRows, header: header, indexRow: indexRow,
            dataRows: dataRows, notes: notes, width: grid.columnCount, warnings: warnings,
            bodyMerges: bodyMerges)
        table.label = label
        table.amountFormat = TableAssembler.amountFormatWithoutFamily(dataRows)
        return Result(table: table, narrative: narrative)
    }

    /// A cell alone at the top of a grid that reads as its title: a title by its words, or
    /// a cell spanning the whole width.
    static func isTitleCell(_ cell: SpannedCell, in grid: SpannedGrid) -> Bool {
        TitleRules.looksLikeTitle(cell.text.trimmingSpaces()) || (cell.columnSpan >= grid.columnCount && grid.columnCount >= 2)
    }

    /// The grid's own title, when its first non-empty row is one (Excel's web page layout).
    static func ownTitle(of grid: SpannedGrid) -> SpannedCell? {
        let occupancy = GridOccupancy(grid)
        for row in 0..<grid.rowCount {
            let starting = occupancy.cells(startingIn: row)
            if starting.contains(where: { $0.rowSpan > 1 }) { return nil }
            let cells = starting.filter { !$0.text.isEmpty }
            if cells.isEmpty { continue }
            if cells.count == 1, StructuredTextRules.isLabelLine(cells[0].text) { continue }
            return cells.count == 1 && isTitleCell(cells[0], in: grid)
                && StructuredTextRules.metaItems(ofParagraph: cells[0].text) == nil ? cells[0] : nil
        }
        return nil
    }

    private static func isIndexRow(_ row: Int, occupancy: GridOccupancy) -> Bool {
        TextNormalizer.compact(occupancy.cell(startingAt: row, 0)?.text ?? "") == "栏次"
    }

    /// The header: the first row, every row a header cell spans down into, and the row under
    /// a row with column groups while it holds no figure (the groups' leaves). Ends at 栏次.
    static func headerEnd(from start: Int, bottom: Int, occupancy: GridOccupancy) -> Int {
        guard start < bottom, !isIndexRow(start, occupancy: occupancy) else { return start }
        let first = occupancy.cells(startingIn: start)
        if first.filter({ StructuredTextRules.isFigure($0.text) }).count >= 2, first.allSatisfy({ $0.rowSpan <= 1 && $0.columnSpan <= 1 }) {
            return start  // figures in the first row: a table without a header
        }
        var end = start + 1
        while end < bottom, end - start < maximumHeaderRows, !isIndexRow(end, occupancy: occupancy) {
            let reachesDown = (start..<end).contains { row in
                occupancy.cells(startingIn: row).contains { occupancy.lastRow(of: $0) >= end }
            }
            let groupsAbove = occupancy.cells(startingIn: end - 1).contains { $0.columnSpan > 1 }
            let next = occupancy.cells(startingIn: end)
            let holdsFigures = next.contains { StructuredTextRules.isFigure($0.text) }
            if reachesDown || (groupsAbove && !holdsFigures && !next.isEmpty) {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    /// Placements at each cell's top-left, the grid's spans as merges, and the groups the
    /// validator reads (top-row labels; labels reaching the last header row from above).
    static func headerLayout(rows: Range<Int>, occupancy: GridOccupancy) -> HeaderLayout {
        guard !rows.isEmpty else { return .empty }
        let count = rows.count
        var placements: [(row: Int, column: Int, cell: SourceCell)] = []
        var groups: [HeaderGroup] = []
        for row in rows {
            for cell in occupancy.cells(startingIn: row) {
                let offset = row - rows.lowerBound
                let source = SourceCell(cell.text, line: cell.line)
                placements.append((offset, cell.column, source))
                guard count > 1 else { continue }
                let lastRow = min(occupancy.lastRow(of: cell), rows.upperBound - 1)
                let reachesBottom = lastRow == rows.upperBound - 1
                if offset == 0 || (reachesBottom && offset < count - 1) {
                    groups.append(HeaderGroup(cell: source, firstColumn: cell.column, lastColumn: occupancy.lastColumn(of: cell),
                                              spansBothRows: reachesBottom && offset < count - 1))
                }
            }
        }
        return HeaderLayout(rowCount: count, source: count == 1 ? .singleRow : .explicit, placements: placements,
                            merges: merges(in: rows, occupancy: occupancy), groups: groups)
    }

    /// Spans of the cells starting in `rows`, clipped to them, relative to their first row.
    static func merges(in rows: Range<Int>, occupancy: GridOccupancy) -> [GridRange] {
        var ranges: [GridRange] = []
        for row in rows {
            for cell in occupancy.cells(startingIn: row) {
                let range = GridRange(firstRow: row - rows.lowerBound, firstColumn: cell.column,
                                      lastRow: min(occupancy.lastRow(of: cell), rows.upperBound - 1) - rows.lowerBound,
                                      lastColumn: occupancy.lastColumn(of: cell))
                if !range.isSingleCell { ranges.append(range) }
            }
        }
        return ranges
    }
}
