/// RawTable → BudgetTable: tells the rows apart, re-joins rows broken by blank lines using
/// the table's column count, and rebuilds the header.
public enum TableAssembler {
    public static func assemble(_ raw: RawTable) -> BudgetTable {
        let template = TemplateCatalog.entry(forTitle: raw.title)
        var warnings: [ConversionWarning] = []
        var rows = raw.rows[...]

        var meta: SourceRow?
        if let first = rows.first, first.count <= 4, first.cells.contains(where: { TitleRules.isMetaText($0.text) }) {
            meta = first
            rows = rows.dropFirst()
        }
        let width = rows.map(\.count).max() ?? 0

        // The 栏次 row closes the header zone of the budget tables.
        let indexPosition = rows.firstIndex { TextNormalizer.compact($0.cells.first?.text ?? "") == "栏次" }
        let headerEnd: Int
        let headerStart: Int
        if let indexPosition {
            headerEnd = indexPosition
            let zone = indexPosition - rows.startIndex
            headerStart = indexPosition - min(zone, zone >= 2 && rows[indexPosition - 2].count < width ? 2 : 1)
        } else if let fullRow = rows.firstIndex(where: { $0.count == width && !TitleRules.isTargetTextRow($0) }) {
            headerEnd = fullRow + 1
            let previous = fullRow - 1
            let twoLevel = previous >= rows.startIndex && rows[previous].count < width
                && !TitleRules.isTargetTextRow(rows[previous])
                && rows[fullRow].cells.contains(where: \.isEmpty)
                && rows[previous].cells.allSatisfy { !$0.isEmpty }
            headerStart = twoLevel ? previous : fullRow
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

        var header = HeaderLayout.empty
        switch headerRows.count {
        case 0: break
        case 1: header = HeaderAnalyzer.singleRow(headerRows[0])
        default:
            let result = HeaderAnalyzer.twoRows(top: headerRows[headerRows.count - 2], leaves: headerRows[headerRows.count - 1],
                                                width: width, catalogSpans: template?.topSpans)
            header = result.layout
            let line = headerRows[0].line
            warnings += result.warnings.map { ConversionWarning(line: line, $0) }
            if headerRows.count > 2 {
                // More than two header rows: the earlier ones go above as they are.
                warnings.append(ConversionWarning(line: line, "more than two header rows; the extra rows are kept without merges"))
            }
        }
        let extraHeader = headerRows.count > 2 ? Array(headerRows.dropLast(2)) : []

        let repaired = RowRepairer.repair(Array(rows[bodyStart...]), width: width, endsAtEndOfFile: raw.endsAtEndOfFile)
        warnings += repaired.warnings

        let finalHeaderRows = headerRows.count > 2 ? Array(headerRows.suffix(2)) : headerRows
        return BudgetTable(
            title: raw.title, titleLine: raw.titleLine,
            kind: template?.kind ?? .unknown, template: template,
            meta: meta, preambleRows: preamble + extraHeader, headerRows: finalHeaderRows, header: header,
            indexRow: indexRow, dataRows: repaired.rows, notes: raw.notes, width: width, warnings: warnings)
    }
}
