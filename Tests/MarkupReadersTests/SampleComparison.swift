import BudgetCore
import SpreadsheetModel

/// What a table is, as text: compared between the cell-per-line export and a structured shape.
struct TableDigest: Equatable, CustomStringConvertible {
    var title: String
    var kind: TableKind
    var meta: [String]
    var preamble: [[String]]
    var headerRows: [[String]]
    var placements: [String]
    var merges: [GridRange]
    var indexRow: [String]
    var dataRows: [[String]]
    var notes: [String]

    init(_ table: BudgetTable) {
        title = table.title
        kind = table.kind
        meta = table.meta?.texts ?? []
        preamble = table.preambleRows.map(\.texts)
        headerRows = table.headerRows.map(\.texts)
        placements = table.header.placements.filter { !$0.cell.isEmpty }.map { "\($0.row),\($0.column) \($0.cell.text)" }
        merges = table.header.merges
        indexRow = table.indexRow?.texts ?? []
        // Rows padded to the table's width: a structured shape always gives every position.
        dataRows = table.dataRows.map { row in
            row.texts + Array(repeating: "", count: max(table.width - row.count, 0))
        }
        notes = table.notes.map(\.text)
    }

    var description: String {
        "\(title) [\(kind)] meta=\(meta) header=\(headerRows) merges=\(merges) rows=\(dataRows.count) notes=\(notes)"
    }

    /// Names of the parts that differ from `other`.
    func differences(from other: TableDigest) -> [String] {
        var parts: [String] = []
        if title != other.title { parts.append("title \(title) ≠ \(other.title)") }
        if kind != other.kind { parts.append("kind") }
        if meta != other.meta { parts.append("meta \(meta) ≠ \(other.meta)") }
        if preamble != other.preamble { parts.append("preamble \(preamble) ≠ \(other.preamble)") }
        if headerRows != other.headerRows { parts.append("header rows \(headerRows) ≠ \(other.headerRows)") }
        if placements != other.placements { parts.append("placements \(placements) ≠ \(other.placements)") }
        if merges != other.merges { parts.append("merges \(merges) ≠ \(other.merges)") }
        if indexRow != other.indexRow { parts.append("栏次 \(indexRow) ≠ \(other.indexRow)") }
        if dataRows != other.dataRows {
            let first = Array(zip(dataRows, other.dataRows)).firstIndex { $0.0 != $0.1 }
            parts.append("data rows (\(dataRows.count) vs \(other.dataRows.count); first difference at \(first.map(String.init) ?? "end"): \(first.map { "\(dataRows[$0]) ≠ \(other.dataRows[$0])" } ?? ""))")
        }
        if notes != other.notes { parts.append("notes \(notes) ≠ \(other.notes)") }
        return parts
    }
}

/// Differences between the text export's document and one read from a structured shape, per
/// table (by position) and for the narrative.
func compare(_ expected: BudgetDocument, _ actual: BudgetDocument) -> [String] {
    var found: [String] = []
    if expected.tables.count != actual.tables.count {
        found.append("table count \(expected.tables.count) ≠ \(actual.tables.count)")
    }
    for (index, (a, b)) in zip(expected.tables, actual.tables).enumerated() {
        let differences = TableDigest(a).differences(from: TableDigest(b))
        if !differences.isEmpty { found.append("table \(index + 1) \(a.title): " + differences.joined(separator: "; ")) }
    }
    let narrativeA = expected.narrative.map(\.text), narrativeB = actual.narrative.map(\.text)
    if narrativeA != narrativeB {
        let first = Array(zip(narrativeA, narrativeB)).firstIndex { $0.0 != $0.1 }
        found.append("narrative \(narrativeA.count) vs \(narrativeB.count) paragraphs, first difference at \(first.map(String.init) ?? "end")"
            + (first.map { ": \(narrativeA[$0]) ≠ \(narrativeB[$0])" } ?? ""))
    }
    return found
}

/// One difference a line, for reading a failure.
func report(_ differences: [String]) -> String { differences.joined(separator: "\n") }

/// The workbooks the two documents would be written as, compared sheet by sheet (names,
/// cells with values and styles, merges, widths, heights, panes, print setup); only the source
/// line of each cell, which differs between shapes by nature, is left out.
func compareWorkbooks(_ expected: BudgetDocument, _ actual: BudgetDocument) -> [String] {
    func normalized(_ document: BudgetDocument) -> [SheetLayout] {
        WorkbookPlanner.plan(document, sourceName: "sample").sheets.map { sheet in
            var sheet = sheet
            sheet.cells = sheet.cells.map { cell in
                var cell = cell
                cell.sourceLine = 0
                return cell
            }
            return sheet
        }
    }
    let a = normalized(expected), b = normalized(actual)
    var found: [String] = []
    if a.count != b.count { found.append("sheet count \(a.count) ≠ \(b.count)") }
    for (x, y) in zip(a, b) where x != y {
        var parts: [String] = []
        if x.name != y.name { parts.append("name \(y.name)") }
        if x.cells != y.cells {
            let first = Array(zip(x.cells, y.cells)).first { $0.0 != $0.1 }
            parts.append("cells (\(x.cells.count) vs \(y.cells.count)) first: \(first.map { "\($0.0) ≠ \($0.1)" } ?? "")")
        }
        if x.merges != y.merges { parts.append("merges \(x.merges.map(\.range)) ≠ \(y.merges.map(\.range))") }
        if parts.isEmpty { parts.append("widths, heights, panes or print setup") }
        found.append("sheet \(x.name): " + parts.joined(separator: "; "))
    }
    return found
}
