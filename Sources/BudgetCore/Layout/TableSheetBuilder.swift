import SpreadsheetModel

/// BudgetTable → SheetLayout (docs/templates.md "Sheet layout"): title, meta row, header with its
/// merges, 栏次 row, typed data rows, notes, widths, freeze panes and print setup.
public enum TableSheetBuilder {
    public static func layout(for table: BudgetTable, name: String) -> SheetLayout {
        let rows = 2 + (table.meta == nil ? 0 : 1) + table.preambleRows.count + table.header.rowCount
            + (table.indexRow == nil ? 0 : 1) + table.dataRows.count + table.notes.count
        var sheet = SheetCanvas(width: max(table.width, 1), rows: rows)
        let width = sheet.width

        var row = 0
        if let label = table.label {
            // The label line (`公开01表`) above the title, as printed.
            sheet.put(row, 0, .text(label.text), .meta(.left), line: label.line)
            row += 1
        }
        sheet.put(row, 0, .text(table.title), .title, line: table.titleLine)
        sheet.merge(GridRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: width - 1), .title)
        sheet.fixedHeights[row] = 32
        row += 1

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
        let typing = ColumnTyping(table: table)
        for dataRow in table.dataRows {
            placeData(dataRow, row: row, typing: typing, on: &sheet)
            row += 1
        }
        if table.bodyMerges.isEmpty {
            // Columns merged down nest: a group of 二级指标 never crosses into the next 一级指标.
            // A flag per row rather than a set: the 绩效目标表 merge down row by row.
            var groupStarts = [Bool](filled: false, count: row)
            for column in (table.template?.mergeDownColumns ?? []).sorted() where column < width {
                for start in mergeDown(column: column, rows: firstDataRow..<row, within: groupStarts, on: &sheet) {
                    groupStarts[start] = true
                }
            }
            // Labels the print spans across columns (合计 over split codes, Jiangsu's 当年支出小计).
            for span in DataRowLabelSpans.spans(in: table) where span.lastColumn < width {
                spanLabel(span, firstDataRow: firstDataRow, on: &sheet)
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

    /// Merges a span, moving the label to its first cell (a merged range shows that cell),
    /// centred as printed.
    private static func spanLabel(_ span: DataRowLabelSpans.Span, firstDataRow: Int, on sheet: inout SheetCanvas) {
        let row = firstDataRow + span.row
        guard let label = sheet.cell(at: row, span.labelColumn), let style = sheet.style(at: row, span.firstColumn) else { return }
        var centred = label.style
        centred.horizontal = .center
        centred.indent = 0
        if span.labelColumn != span.firstColumn { sheet.put(row, span.labelColumn, .empty, style, line: 0) }
        sheet.put(row, span.firstColumn, label.value, centred, line: label.sourceLine)
        sheet.merge(GridRange(firstRow: row, firstColumn: span.firstColumn, lastRow: row, lastColumn: span.lastColumn), centred)
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

    private static func placeData(_ dataRow: SourceRow, row: Int, typing: ColumnTyping, on sheet: inout SheetCanvas) {
        let bold = isTotalRow(dataRow, roles: typing.roles)
        for column in dataRow.cells.indices {
            let role = typing.role(column)
            let text = dataRow.cells[column].text
            let value: CellValue
            var format = NumberStyle.amount
            if role == .amount {
                // An amount is typed once, in its column's format (typed, then retyped, each
                // cell's text was copied twice more).
                if !text.isEmpty, let number = NumberParser.parse(text) {
                    format = typing.format(for: text, column: column)
                    value = .number(number, source: text, format: format)
                } else {
                    format = typing.format(for: "", column: column)
                    value = text.isEmpty ? .empty : .text(text)
                }
            } else {
                value = CellTyper.value(of: text, role: role)
            }
            let style = style(for: value, role: role, bold: bold, amountFormat: format)
            sheet.put(row, column, value, style, line: dataRow.cells[column].line)
        }
        sheet.fillBlanks(rows: row..<(row + 1)) { column in
            style(for: .empty, role: typing.role(column), bold: bold, amountFormat: typing.format(for: "", column: column))
        }
    }

    static func style(for value: CellValue, role: ColumnRole, bold: Bool, amountFormat: NumberStyle = .amount) -> CellStyle {
        switch (role, value) {
        case (.code, _): return .code(bold: bold)
        case (.serial, _): return .number(.integer, bold: bold, centered: true)
        case (.amount, _): return .number(amountFormat, bold: bold)
        case (_, .number(_, _, let format)): return .number(format, bold: bold)
        default: return .body(bold: bold)
        }
    }

    /// 合计 / 总计 rows are bold.
    static func isTotalRow(_ row: SourceRow, roles: [ColumnRole]) -> Bool {
        // By index, the role asked first: an amount column's cell is not read at all. A text
        // cell is searched for a literal (`containsText(literal:)`), which holds no second
        // String in a closure, so the cell's text is not retained for it (docs/performance.md).
        row.cells.indices.contains { column in
            guard column >= roles.count || roles[column] == .text else { return false }
            // Both words end in 计, and no other character is canonically equivalent to it: a
            // cell without its bytes is no total, and is not compacted to find out.
            guard row.cells[column].text.containsText(literal: "计") else { return false }
            let text = TextNormalizer.compact(row.cells[column].text)
            return (text.endsWithText("合计") || text.endsWithText("总计")) && text.characterCount <= 10
        }
    }

    /// An empty cell continues the group above it (一级指标): merge each group down, never
    /// across a row where an outer column starts a group. Returns the rows where groups start.
    /// `outer` has a flag for each row of `rows` (and any before them).
    @discardableResult
    private static func mergeDown(column: Int, rows: Range<Int>, within outer: [Bool], on sheet: inout SheetCanvas) -> [Int] {
        var starts: [Int] = []
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
                starts.append(row)
            } else if outer[row] {
                close(at: row - 1)
                groupStart = nil
            }
        }
        close(at: rows.upperBound - 1)
        return starts
    }
}
