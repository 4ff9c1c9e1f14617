import BudgetCore
import Foundation
@testable import PDFExtraction

enum SampleFiles {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")

    static func pdf(_ name: String) -> URL { samples.appendingPathComponent("pdf/\(name).pdf") }

    static func transcription(_ name: String) throws -> Transcription {
        Transcription(try String(contentsOf: samples.appendingPathComponent("\(name).txt"), encoding: .utf8))
    }
}

/// How a rebuilt grid compares with a transcription's tables, cell by cell.
struct CellComparison {
    var matched = 0
    var total = 0
    var differences: [String] = []

    /// A grid row written the ways transcriptions write rows: each cell once (a label spanning
    /// columns written once, an empty cell where a label above spans down); or every column
    /// position, the text in the first or in the last column of its span.
    static func renderings(of grid: SpannedGrid, row: Int) -> [[String]] {
        var once: [String] = [], first: [String] = [], last: [String] = []
        for column in 0..<grid.columnCount {
            if let cell = grid.cells.first(where: { $0.row == row && $0.column == column }) {
                once.append(cell.text)
                first.append(cell.text)
                last.append(cell.columnSpan == 1 ? cell.text : "")
            } else if let cell = grid.cells.first(where: { $0.row < row && $0.row + $0.rowSpan > row
                && $0.column <= column && $0.column + $0.columnSpan > column }) {
                if cell.column == column { once.append("") }
                first.append("")
                last.append("")
            } else if let cell = grid.cells.first(where: { $0.row == row && $0.column < column
                && $0.column + $0.columnSpan > column }) {
                first.append("")
                last.append(cell.column + cell.columnSpan - 1 == column ? cell.text : "")
            } else {
                once.append("")
                first.append("")
                last.append("")
            }
        }
        return [once, first, last]
    }

    mutating func compare(_ table: Transcription.Table, with grid: SpannedGrid) {
        for (index, expected) in table.rows.enumerated() {
            total += expected.count
            guard index < grid.rowCount else {
                differences.append("\(table.title) row \(index + 1): missing in the PDF grid")
                continue
            }
            let scored = Self.renderings(of: grid, row: index).map { rendering in
                (rendering, zip(rendering, expected).filter { $0 == $1 }.count - abs(rendering.count - expected.count))
            }
            guard let best = scored.max(by: { $0.1 < $1.1 }) else { continue }
            let hits = zip(best.0, expected).filter { $0 == $1 }.count
            matched += hits
            if hits != expected.count || best.0.count != expected.count {
                differences.append("\(table.title) row \(index + 1) (page \(grid.line)): expected \(expected), got \(best.0)")
            }
        }
        if grid.rowCount > table.rows.count {
            differences.append("\(table.title): \(grid.rowCount - table.rows.count) extra rows in the PDF grid")
        }
    }
}

extension StructuredDocument {
    var grids: [SpannedGrid] {
        blocks.compactMap { if case .grid(let grid) = $0 { grid } else { nil } }
    }

    /// The grid printed under `title`: the first grid after a paragraph holding the title.
    func grid(titled title: String) -> SpannedGrid? {
        var seenTitle = false
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                if paragraph.text.filter({ !$0.isWhitespace }) == title.filter({ !$0.isWhitespace }) { seenTitle = true }
            case .grid(let grid):
                if seenTitle { return grid }
            }
        }
        return nil
    }
}
