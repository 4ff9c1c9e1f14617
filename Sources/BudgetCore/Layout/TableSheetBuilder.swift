/// BudgetTable → SheetLayout (template.md "Sheet layout"): title, meta row, header with its
/// merges, 栏次 row, typed data rows, notes, widths, freeze panes and print setup.
public enum TableSheetBuilder {
    public static func layout(for table: BudgetTable, name: String) -> SheetLayout {
        var sheet = SheetCanvas(width: max(table.width, 1))
        let width = sheet.width

        sheet.put(0, 0, .text(table.title), .title, line: table.titleLine)
        sheet.merge(GridRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: width - 1), .title)
        sheet.fixedHeights[0] = 32
        var row = 1

        if let meta = table.meta {
            MetaRowPlacer.place(meta, row: row, on: &sheet)
            row += 1
        }
        for preamble in table.preambleRows {
            placePreamble(preamble, row: row, on: &sheet)
            row += 1
        }

        let headerStart = row
        for placement in table.header.placements where !placement.cell.isEmpty {
            sheet.put(headerStart + placement.row, placement.column, .text(placement.cell.text), .header,
                      line: placement.cell.line)
        }
        for range in table.header.merges { sheet.merge(range.offset(rows: headerStart), .header) }
        sheet.fillBlanks(rows: headerStart..<(headerStart + table.header.rowCount), style: .header)
        row += table.header.rowCount

        if let indexRow = table.indexRow {
            for (column, cell) in indexRow.cells.enumerated() {
                sheet.put(row, column, CellTyper.indexValue(of: cell.text), .index, line: cell.line)
            }
            sheet.fillBlanks(rows: row..<(row + 1), style: .index)
            row += 1
        }

        let firstDataRow = row
        let roles = ColumnRole.roles(labels: table.columnLabels, dataRows: table.dataRows, width: width)
        for dataRow in table.dataRows {
            placeData(dataRow, row: row, roles: roles, on: &sheet)
            row += 1
        }
        if table.bodyMerges.isEmpty {
            for column in table.template?.mergeDownColumns ?? [] where column < width {
                mergeDown(column: column, rows: firstDataRow..<row, on: &sheet)
            }
        } else {
            // The source's own merges replace the inferred ones (two sets could overlap).
            for range in table.bodyMerges where range.lastRow < table.dataRows.count && range.lastColumn < width {
                if let style = sheet.style(at: firstDataRow + range.firstRow, range.firstColumn) {
                    sheet.merge(range.offset(rows: firstDataRow), style)
                }
            }
        }

        for note in table.notes {
            sheet.put(row, 0, .text(note.text), .note, line: note.line)
            sheet.merge(GridRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: width - 1), .note)
            row += 1
        }

        let hasHeader = table.header.rowCount > 0 || table.indexRow != nil
        return sheet.finish(
            name: name,
            frozenRows: hasHeader ? firstDataRow : 0,
            repeatRows: hasHeader && firstDataRow > headerStart ? headerStart...(firstDataRow - 1) : nil,
            landscape: width >= 7)
    }

    /// `绩效目标 | text`: the label as a header cell, the text merged over the rest of the row.
    private static func placePreamble(_ preamble: SourceRow, row: Int, on sheet: inout SheetCanvas) {
        for (column, cell) in preamble.cells.enumerated() {
            let isLabel = column % 2 == 0 && column < preamble.count - 1
            let style: CellStyle = isLabel ? .header : .body()
            sheet.put(row, column, cell.isEmpty ? .empty : .text(cell.text), style, line: cell.line)
        }
        let last = preamble.count - 1
        if last >= 0, last < sheet.width - 1 {
            sheet.merge(GridRange(firstRow: row, firstColumn: last, lastRow: row, lastColumn: sheet.width - 1), .body())
        }
        sheet.fillBlanks(rows: row..<(row + 1), style: .body())
    }

    private static func placeData(_ dataRow: SourceRow, row: Int, roles: [ColumnRole], on sheet: inout SheetCanvas) {
        let bold = isTotalRow(dataRow, roles: roles)
        for (column, cell) in dataRow.cells.enumerated() {
            let role = column < roles.count ? roles[column] : .text
            let value = CellTyper.value(of: cell.text, role: role)
            sheet.put(row, column, value, style(for: value, role: role, bold: bold), line: cell.line)
        }
        sheet.fillBlanks(rows: row..<(row + 1)) { column in
            style(for: .empty, role: column < roles.count ? roles[column] : .text, bold: bold)
        }
    }

    static func style(for value: CellValue, role: ColumnRole, bold: Bool) -> CellStyle {
        switch (role, value) {
        case (.code, _): return .code(bold: bold)
        case (.serial, _): return .number(.integer, bold: bold, centered: true)
        case (.amount, _): return .number(.amount, bold: bold)
        case (_, .number(_, _, let format)): return .number(format, bold: bold)
        default: return .body(bold: bold)
        }
    }

    /// 合计 / 总计 rows are bold.
    static func isTotalRow(_ row: SourceRow, roles: [ColumnRole]) -> Bool {
        row.cells.enumerated().contains { column, cell in
            guard column >= roles.count || roles[column] == .text else { return false }
            let text = TextNormalizer.compact(cell.text)
            return text.count <= 10 && (text.hasSuffix("合计") || text.hasSuffix("总计"))
        }
    }

    /// An empty cell continues the group above it (一级指标): merge each group down.
    private static func mergeDown(column: Int, rows: Range<Int>, on sheet: inout SheetCanvas) {
        var groupStart: Int?
        func close(at end: Int) {
            if let start = groupStart, end > start, let style = sheet.style(at: start, column) {
                sheet.merge(GridRange(firstRow: start, firstColumn: column, lastRow: end, lastColumn: column), style)
            }
        }
        for row in rows {
            let isEmpty = sheet.value(at: row, column).map { $0 == .empty } ?? true
            if !isEmpty {
                close(at: row - 1)
                groupStart = row
            } else if groupStart == nil {
                continue
            }
        }
        close(at: rows.upperBound - 1)
    }
}
