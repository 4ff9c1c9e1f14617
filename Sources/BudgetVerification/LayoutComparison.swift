import BudgetCore
import SpreadsheetModel

/// Compares a workbook read back with the layout the converter plans for its source: every
/// cell's type and value, number formats of amounts, and every merge (so header merges are
/// exactly the catalog's).
public enum LayoutComparison {
    public static func differences(expected: WorkbookLayout, actual: WorkbookSnapshot) -> [String] {
        var differences: [String] = []
        let expectedNames = expected.sheets.map(\.name)
        let actualNames = actual.sheets.map(\.name)
        if expectedNames != actualNames {
            differences.append("sheets differ: expected \(expectedNames.count) [\(expectedNames.joined(separator: ", "))], found \(actualNames.count) [\(actualNames.joined(separator: ", "))]")
        }
        for sheet in expected.sheets {
            guard let found = actual.sheets.first(where: { $0.name == sheet.name }) else { continue }
            differences += compare(sheet, found)
        }
        return differences
    }

    private static func compare(_ sheet: SheetLayout, _ found: WorkbookSnapshot.Sheet) -> [String] {
        var differences: [String] = []
        var cells: [Int: WorkbookSnapshot.Cell] = [:]
        for cell in found.cells { cells[cell.row * 20_000 + cell.column] = cell }
        let covered = Set(sheet.merges.flatMap { merge -> [Int] in
            let r = merge.range
            return (r.firstRow...r.lastRow).flatMap { row in
                (r.firstColumn...r.lastColumn).compactMap { column in
                    row == r.firstRow && column == r.firstColumn ? nil : row * 20_000 + column
                }
            }
        })
        for cell in sheet.cells where !covered.contains(cell.row * 20_000 + cell.column) {
            let place = "sheet '\(sheet.name)' cell \(GridRange(firstRow: cell.row, firstColumn: cell.column, lastRow: cell.row, lastColumn: cell.column))"
            let actual = cells[cell.row * 20_000 + cell.column]
            switch cell.value {
            case .empty:
                if let actual, actual.kind != .blank, !actual.text.isEmpty {
                    differences.append("\(place): expected empty, found '\(actual.text)'")
                }
            case .text(let text):
                guard let actual, actual.kind == .text else {
                    differences.append("\(place): expected text '\(text)', found \(describe(actual))")
                    continue
                }
                if actual.text != text { differences.append("\(place): expected '\(text)', found '\(actual.text)'") }
            case .number(let number, let source, let format):
                guard let actual, actual.kind == .number, let value = Double(actual.text) else {
                    differences.append("\(place): expected number \(source), found \(describe(actual))")
                    continue
                }
                if value != number { differences.append("\(place): expected \(source), found \(actual.text)") }
                if format == .amount, actual.numberFormat != format.rawValue {
                    differences.append("\(place): expected format \(format.rawValue), found \(actual.numberFormat)")
                }
            }
        }
        let expectedMerges = Set(sheet.merges.map(\.range))
        let foundMerges = Set(found.merges)
        for missing in expectedMerges.subtracting(foundMerges).sorted(by: { $0.description < $1.description }) {
            differences.append("sheet '\(sheet.name)': merge \(missing) is missing")
        }
        for extra in foundMerges.subtracting(expectedMerges).sorted(by: { $0.description < $1.description }) {
            differences.append("sheet '\(sheet.name)': unexpected merge \(extra)")
        }
        return differences
    }

    private static func describe(_ cell: WorkbookSnapshot.Cell?) -> String {
        guard let cell else { return "nothing" }
        switch cell.kind {
        case .blank: return "a blank cell"
        case .number: return "number \(cell.text)"
        case .text: return "text '\(cell.text)'"
        case .other: return "'\(cell.text)' (formula, boolean or error)"
        }
    }
}
