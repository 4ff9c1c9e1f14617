import BudgetCore

/// The sample's BudgetDocument (read from its cell-per-line export) laid out again as the
/// blocks a structured page or document would hold, so the tests can write it as HTML or
/// Word and read it back.
public enum SampleModel {
    public enum Layout {
        /// Title and meta as paragraphs before the table, notes as paragraphs after it.
        case disclosurePage
        /// Title, meta and notes as rows of the table, spanning its width (Excel's web page).
        case excelWebPage
    }

    public static func blocks(of document: BudgetDocument, layout: Layout) -> [StructuredDocument.Block] {
        var items: [(line: Int, blocks: [StructuredDocument.Block])] = []
        for paragraph in document.narrative {
            items.append((paragraph.line, [.paragraph(paragraph)]))
        }
        for table in document.tables {
            items.append((table.titleLine, blocks(of: table, layout: layout)))
        }
        return items.sorted { $0.line < $1.line }.flatMap(\.blocks)
    }

    public static func blocks(of table: BudgetTable, layout: Layout) -> [StructuredDocument.Block] {
        let width = max(table.width, 1)
        var rows: [[SpannedCell]] = []
        var row = 0
        func add(_ cells: [(text: String, rowSpan: Int, columnSpan: Int, column: Int)]) {
            rows.append(cells.map { SpannedCell($0.text, row: row, column: $0.column, rowSpan: $0.rowSpan, columnSpan: $0.columnSpan, line: 0) })
            row += 1
        }
        var before: [StructuredDocument.Block] = []
        var after: [StructuredDocument.Block] = []
        let metaTexts = table.meta?.texts ?? []
        switch layout {
        case .disclosurePage:
            before.append(.paragraph(Paragraph(table.title, line: 0)))
            if !metaTexts.isEmpty { before.append(.paragraph(Paragraph(metaTexts.joined(separator: "\u{3000}\u{3000}"), line: 0))) }
            after = table.notes.map { .paragraph(Paragraph($0.text, line: 0)) }
        case .excelWebPage:
            add([(table.title, 1, width, 0)])
            if !metaTexts.isEmpty {
                var cells = metaTexts.enumerated().map { ($0.element, 1, 1, $0.offset) }
                if metaTexts.count < width { cells.append(("", 1, width - metaTexts.count, metaTexts.count)) }
                add(cells)
            }
        }
        for preamble in table.preambleRows {
            add(preamble.cells.enumerated().map { column, cell in
                (cell.text, 1, column == preamble.count - 1 ? max(width - column, 1) : 1, column)
            })
        }
        // Header rows from the rebuilt header: each placement at its position, merges as spans.
        let header = table.header
        for headerRow in 0..<header.rowCount {
            var cells: [(String, Int, Int, Int)] = []
            var column = 0
            while column < width {
                if header.merges.contains(where: { $0.contains(row: headerRow, column: column) && ($0.firstRow != headerRow || $0.firstColumn != column) }) {
                    column += 1
                    continue
                }
                let merge = header.merges.first { $0.firstRow == headerRow && $0.firstColumn == column }
                let text = header.placements.first { $0.row == headerRow && $0.column == column }?.cell.text ?? ""
                cells.append((text, merge.map { $0.lastRow - $0.firstRow + 1 } ?? 1, merge.map { $0.lastColumn - $0.firstColumn + 1 } ?? 1, column))
                column += 1
            }
            add(cells)
        }
        for source in (table.indexRow.map { [$0] } ?? []) + table.dataRows {
            add(source.cells.enumerated().map { ($0.element.text, 1, 1, $0.offset) })
        }
        if layout == .excelWebPage {
            for note in table.notes { add([(note.text, 1, width, 0)]) }
        }
        let grid = SpannedGrid(cells: rows.flatMap { $0 }, rowCount: rows.count, columnCount: width, line: 0)
        return before + [.grid(grid)] + after
    }
}
