@testable import BudgetCore

/// Hand-made page content for the PDF reconstruction tests: rules drawn the ways producers
/// draw them, and text laid out character by character (CJK a full em wide, ASCII half).
struct PDFTestPage {
    var number = 1
    var characters: [PDFCharacter] = []
    var paths: [PDFPath] = []

    /// Text starting at (x, top) in a font of `size`; each character's box is size high.
    mutating func text(_ string: String, x: Double, top: Double, size: Double = 10) {
        var cursor = x
        for character in string {
            let width = character.isASCII ? size / 2 : size
            characters.append(PDFCharacter(String(character), box: PDFRect(minX: cursor, minY: top, maxX: cursor + width, maxY: top + size), fontSize: size))
            cursor += width
        }
    }

    /// A rule drawn the WPS way: a filled rectangle 0.96 pt thick along the segment.
    mutating func filledRule(from start: PDFPoint, to end: PDFPoint) {
        let half = 0.48
        let box = PDFRect(minX: min(start.x, end.x) - half, minY: min(start.y, end.y) - half,
                          maxX: max(start.x, end.x) + half, maxY: max(start.y, end.y) + half)
        paths.append(PDFPath(paint: .fill, subpaths: [[
            PDFPoint(x: box.minX, y: box.minY), PDFPoint(x: box.maxX, y: box.minY),
            PDFPoint(x: box.maxX, y: box.maxY), PDFPoint(x: box.minX, y: box.maxY), PDFPoint(x: box.minX, y: box.minY),
        ]]))
    }

    mutating func strokedRule(from start: PDFPoint, to end: PDFPoint) {
        paths.append(PDFPath(paint: .stroke(lineWidth: 0.24), subpaths: [[start, end]]))
    }

    /// A full grid of rules over the given edges; `skip` leaves out interior segments to
    /// make merged cells: ("v", k, row) is the vertical at xs[k] across row band `row`,
    /// ("h", k, column) the horizontal at ys[k] across column band `column`.
    mutating func grid(xs: [Double], ys: [Double], skip: Set<String> = []) {
        for (k, y) in ys.enumerated() {
            for column in 0..<(xs.count - 1) where !skip.contains("h\(k),\(column)") {
                filledRule(from: PDFPoint(x: xs[column], y: y), to: PDFPoint(x: xs[column + 1], y: y))
            }
        }
        for (k, x) in xs.enumerated() {
            for row in 0..<(ys.count - 1) where !skip.contains("v\(k),\(row)") {
                filledRule(from: PDFPoint(x: x, y: ys[row]), to: PDFPoint(x: x, y: ys[row + 1]))
            }
        }
    }

    var content: PDFPageContent {
        PDFPageContent(number: number, width: 600, height: 800, characters: characters, paths: paths)
    }
}

extension SpannedCell {
    var summary: String { "\(row),\(column) \(rowSpan)x\(columnSpan) \(text)" }
}

extension StructuredDocument {
    var summary: [String] {
        blocks.map { block in
            switch block {
            case .paragraph(let paragraph): "P\(paragraph.line) \(paragraph.text)"
            case .grid(let grid): "G\(grid.line) \(grid.rowCount)x\(grid.columnCount)"
            }
        }
    }

    var grids: [SpannedGrid] {
        blocks.compactMap { if case .grid(let grid) = $0 { grid } else { nil } }
    }
}
