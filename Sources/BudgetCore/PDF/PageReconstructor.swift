/// One page rebuilt: its ruled tables with their cell texts, and the text outside them as
/// line segments, in reading order (top to bottom, then left to right).
struct ReconstructedPage: Equatable, Sendable {
    enum Block: Equatable, Sendable {
        case text(TextSegment)
        case table(PageTable)
    }

    var number: Int
    var blocks: [Block]
}

/// A run of text on one line outside any table; a wide gap starts a new segment (the
/// department at the left of a meta line, the unit at its right).
struct TextSegment: Equatable, Sendable {
    var text: String
    var box: PDFRect
}

/// A ruled table on one page: its grid and each cell's text (parallel to `grid.cells`).
struct PageTable: Equatable, Sendable {
    var grid: RuledGrid
    var texts: [String]
    /// Too small or empty to be a table on its own (a chart legend, a frame): kept only as
    /// the continuation of a table on the previous page (a last row alone on its page),
    /// otherwise its texts are paragraphs.
    var isDecoration = false
}

enum PageReconstructor {
    /// A gap between characters wider than this many text heights splits a line into segments.
    static let segmentGap = 2.0
    /// A grid with this share of empty cells (over its rows holding any text) is decoration.
    static let decorationEmptyShare = 0.9

    static func reconstruct(_ page: PDFPageContent) -> ReconstructedPage {
        let characters = removingOverprints(page.characters)
        let rules = RuleMerger.merge(RuleExtractor.rules(from: page.paths))
        let grids = RuledTableFinder.groups(of: rules).compactMap(GridBuilder.grid(from:))
            .sorted { ($0.bounds.minY, $0.bounds.minX) < ($1.bounds.minY, $1.bounds.minX) }

        var free = characters
        var tables: [PageTable] = []
        for grid in grids {
            let lookup = grid.unitLookup()
            var perCell = Array(repeating: [PDFCharacter](), count: grid.cells.count)
            var outside: [PDFCharacter] = []
            for character in free {
                if let index = grid.cellIndex(at: character.box.center, lookup: lookup) {
                    perCell[index].append(character)
                } else {
                    outside.append(character)
                }
            }
            let texts = zip(perCell, grid.cells).map { characters, cell in
                TextAssembler.text(characters, right: grid.xs[min(cell.column + cell.columnSpan, grid.xs.count - 1)])
            }
            var table = PageTable(grid: grid, texts: texts)
            table.isDecoration = isDecoration(table)
            // A frame with no text in it leaves nothing to keep.
            if table.isDecoration, !texts.contains(where: { !$0.isEmpty }) { continue }
            tables.append(table)
            free = outside
        }

        var keyed: [(key: Double, x: Double, block: ReconstructedPage.Block)] = []
        for table in tables {
            keyed.append((table.grid.bounds.minY, table.grid.bounds.minX, .table(table)))
        }
        for line in joinedWrappedLines(textLines(free)) {
            for segment in line.segments {
                keyed.append((line.center, segment.box.minX, .text(segment)))
            }
        }
        keyed.sort { ($0.key, $0.x) < ($1.key, $1.x) }
        return ReconstructedPage(number: page.number, blocks: keyed.map(\.block))
    }

    /// A visual line of text outside tables, split into segments at wide gaps.
    struct TextLine {
        var center: Double
        var height: Double
        var segments: [TextSegment]
    }

    static func textLines(_ characters: [PDFCharacter]) -> [TextLine] {
        TextAssembler.lines(characters).compactMap { line -> TextLine? in
            let ink = line.filter { !$0.isSpace }
            guard !ink.isEmpty else { return nil }
            let center = ink.map(\.box.center.y).reduce(0, +) / Double(ink.count)
            let height = ink.map(\.height).max() ?? 0
            let segments = segments(of: line).compactMap { segment -> TextSegment? in
                let text = TextAssembler.lineText(segment)
                guard !text.isEmpty, let first = segment.first else { return nil }
                return TextSegment(text: text, box: segment.dropFirst().reduce(first.box) { union($0, $1.box) })
            }
            return segments.isEmpty ? nil : TextLine(center: center, height: height, segments: segments)
        }
    }

    /// Narrative wrapped over several lines becomes one paragraph: a one-segment line that
    /// reaches the right margin continues on the next one-segment line when that starts at
    /// the left margin (not indented) right below it.
    static func joinedWrappedLines(_ lines: [TextLine]) -> [TextLine] {
        let boxes = lines.flatMap { $0.segments.map(\.box) }
        guard let right = boxes.map(\.maxX).max(), let left = boxes.map(\.minX).min() else { return lines }
        var result: [TextLine] = []
        var previousBottom = -Double.infinity
        var previousRight = -Double.infinity
        var previousSegments = 0
        for line in lines {
            if var last = result.last, previousSegments == 1, line.segments.count == 1,
               let previous = last.segments.first, let next = line.segments.first,
               previousRight >= right - 1.5 * last.height,
               next.box.minY - previousBottom < 1.0 * line.height,
               next.box.minX <= left + 0.5 * line.height || continuesCentred(previous.box, next.box, height: line.height) {
                last.segments[0] = TextSegment(text: TextAssembler.joinWrapped([previous.text, next.text]),
                                               box: union(previous.box, next.box))
                result[result.count - 1] = last
            } else {
                result.append(line)
            }
            previousBottom = line.segments.map(\.box.maxY).max() ?? previousBottom
            previousRight = line.segments.map(\.box.maxX).max() ?? previousRight
            previousSegments = line.segments.count
        }
        return result
    }

    /// The second line of a centred title that wrapped (a long 绩效目标表 title printed across
    /// the whole width, its last words centred below): same size, same centre.
    static func continuesCentred(_ previous: PDFRect, _ next: PDFRect, height: Double) -> Bool {
        let sameSize = abs(previous.height - next.height) <= 0.15 * max(previous.height, next.height)
        let previousCentre = (previous.minX + previous.maxX) / 2, nextCentre = (next.minX + next.maxX) / 2
        return sameSize && abs(previousCentre - nextCentre) <= 1.0 * height && next.width < previous.width
    }

    /// Chart legends and decorations drawn with rules are not tables: under 2×2, no text, or
    /// nearly all empty.
    static func isDecoration(_ table: PageTable) -> Bool {
        let grid = table.grid
        guard grid.rowCount >= 2, grid.columnCount >= 2 else { return true }
        guard table.texts.contains(where: { !$0.isEmpty }) else { return true }
        var rowsWithText = Set<Int>()
        for (cell, text) in zip(grid.cells, table.texts) where !text.isEmpty { rowsWithText.insert(cell.row) }
        let considered = zip(grid.cells, table.texts).filter { rowsWithText.contains($0.0.row) }
        let empty = considered.filter { $0.1.isEmpty }.count
        return Double(empty) >= decorationEmptyShare * Double(considered.count)
    }

    /// Text drawn twice at the same place (bold imitated by overprinting) counts once.
    static func removingOverprints(_ characters: [PDFCharacter]) -> [PDFCharacter] {
        var seen = Set<String>()
        var result: [PDFCharacter] = []
        result.reserveCapacity(characters.count)
        for character in characters {
            let grid = max(character.height * 0.3, 0.5)
            let key = "\(character.text)|\(Int((character.box.minX / grid).rounded()))|\(Int((character.box.minY / grid).rounded()))"
            if character.isSpace || seen.insert(key).inserted { result.append(character) }
        }
        return result
    }

    private static func segments(of line: [PDFCharacter]) -> [[PDFCharacter]] {
        var result: [[PDFCharacter]] = []
        var current: [PDFCharacter] = []
        var lastInk: PDFCharacter?
        for character in line {
            if !character.isSpace, let previous = lastInk,
               character.box.minX - previous.box.maxX > segmentGap * max(previous.height, character.height) {
                result.append(current)
                current = []
            }
            current.append(character)
            if !character.isSpace { lastInk = character }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static func union(_ a: PDFRect, _ b: PDFRect) -> PDFRect {
        PDFRect(minX: min(a.minX, b.minX), minY: min(a.minY, b.minY), maxX: max(a.maxX, b.maxX), maxY: max(a.maxY, b.maxY))
    }
}
