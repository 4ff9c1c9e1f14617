import SpreadsheetModel

/// Rebuilds a merged header of 1 to 4 rows from its flat form: each header row lists its
/// labels once, with an empty cell wherever a label of a row above spans down into it; the
/// last row lists every column.
///
/// Each row's cells are the "nodes" of one level. Working upwards, every node of a row covers
/// a run of nodes of the row below: an empty node below belongs to exactly one node above (the
/// label that spans down into it), and a run of labels below is shared among the labels
/// above. Where a run must be shared by several labels, the split is settled by the catalog,
/// then by a repeated first label (`项目 预算数 项目 预算数`), then by the column kinds (a
/// group of label columns and a group of amount columns), and only then evenly.
public enum HeaderTree {
    /// What a column holds, as far as a header split cares.
    public enum ColumnKind: Equatable, Sendable {
        case label   // codes, names, serials, text
        case amount
    }

    public struct Result: Sendable {
        public var layout: HeaderLayout
        public var warnings: [String]
    }

    struct Node {
        var cell: SourceCell
        var firstColumn: Int
        var lastColumn: Int
        /// The lowest header row this node's label occupies (itself, or further when it spans down).
        var bottomRow: Int
        var firstKind: ColumnKind
        var lastKind: ColumnKind
        var childCount: Int
    }

    /// - Parameters:
    ///   - rows: the header rows, top first; the last one lists every column.
    ///   - kinds: the kind of each column (from the data and the leaf labels).
    ///   - coverCounts: from the catalog, for each row but the last, how many nodes of the row
    ///     below each of its nodes covers. Used when it fits the rows.
    public static func analyze(rows: [SourceRow], width: Int, kinds: [ColumnKind],
                               coverCounts: [[Int]]? = nil) -> Result {
        guard let last = rows.last else { return Result(layout: .empty, warnings: []) }
        let leafCells = last.count >= width ? last.cells
            : last.cells + Array(filled: SourceCell("", line: last.line), count: width - last.count)
        let rowCount = rows.count
        var levels: [[Node]] = Array(filled: [], count: rowCount)
        levels[rowCount - 1] = leafCells.enumerated().map { column, cell in
            let kind = column < kinds.count ? kinds[column] : .label
            return Node(cell: cell, firstColumn: column, lastColumn: column, bottomRow: rowCount - 1,
                        firstKind: kind, lastKind: kind, childCount: 0)
        }
        var warnings: [String] = []
        var fromCatalog = coverCounts != nil
        for level in stride(from: rowCount - 2, through: 0, by: -1) {
            let parents = rows[level].cells
            let children = levels[level + 1]
            var counts: [Int]?
            if let given = coverCounts, level < given.count, fits(given[level], parents: parents, children: children) {
                counts = given[level]
            } else {
                fromCatalog = false
                var guessed = false
                counts = inferCounts(parents: parents, children: children, guessed: &guessed)
                if guessed { warnings.append("header row \(level + 1) is ambiguous; spans guessed evenly") }
            }
            guard let counts else {
                return flat(rows, warning: "no header rule fits the rows; header written as found, without merges")
            }
            levels[level] = build(level: level, parents: parents, children: children, counts: counts)
        }
        if coverCounts != nil && !fromCatalog {
            warnings.insert("header does not match the official layout; merges inferred from the rows", at: 0)
        }
        var placements: [(row: Int, column: Int, cell: SourceCell)] = []
        var merges: [GridRange] = []
        for (row, nodes) in levels.enumerated() {
            for node in nodes where !node.cell.isEmpty {
                placements.append((row, node.firstColumn, node.cell))
                let range = GridRange(firstRow: row, firstColumn: node.firstColumn,
                                      lastRow: node.bottomRow, lastColumn: node.lastColumn)
                if !range.isSingleCell { merges.append(range) }
            }
        }
        let groups = levels[0].map { node in
            HeaderGroup(cell: node.cell, firstColumn: node.firstColumn, lastColumn: node.lastColumn,
                        spansBothRows: node.bottomRow == rowCount - 1)
        }
        let layout = HeaderLayout(rowCount: rowCount, source: fromCatalog ? .catalog : .generalRule,
                                  placements: placements, merges: merges, groups: groups)
        return Result(layout: layout, warnings: warnings)
    }

    /// The rows as they are: every cell in its place, no merge.
    static func flat(_ rows: [SourceRow], warning: String) -> Result {
        var placements: [(row: Int, column: Int, cell: SourceCell)] = []
        for (index, row) in rows.enumerated() {
            placements += row.cells.enumerated().map { (index, $0.offset, $0.element) }
        }
        return Result(layout: HeaderLayout(rowCount: rows.count, source: .flat, placements: placements,
                                           merges: [], groups: []),
                      warnings: [warning])
    }

    private static func build(level: Int, parents: [SourceCell], children: [Node], counts: [Int]) -> [Node] {
        var nodes: [Node] = []
        var next = 0
        for (parent, count) in zip(parents, counts) {
            let covered = children[next..<(next + count)]
            next += count
            guard let first = covered.first, let last = covered.last else { continue }
            // A label over one empty cell spans down into it (and as far as that one goes).
            let spansDown = count == 1 && first.cell.isEmpty
            let ownKind = kindOfLabel(parent.text)
            nodes.append(Node(cell: parent, firstColumn: first.firstColumn, lastColumn: last.lastColumn,
                              bottomRow: spansDown ? first.bottomRow : level,
                              firstKind: ownKind ?? first.firstKind, lastKind: ownKind ?? last.lastKind,
                              childCount: count))
        }
        return nodes
    }

    /// Catalog counts fit when they cover the row below exactly and every empty node below
    /// has a node of its own above.
    private static func fits(_ counts: [Int], parents: [SourceCell], children: [Node]) -> Bool {
        guard counts.count == parents.count, counts.allSatisfy({ $0 >= 1 }),
              counts.reduce(0, +) == children.count else { return false }
        var next = 0
        for count in counts {
            let covered = children[next..<(next + count)]
            if count > 1 && covered.contains(where: \.cell.isEmpty) { return false }
            next += count
        }
        return true
    }

    /// The general rule. Nil when the counts cannot be reconciled.
    static func inferCounts(parents: [SourceCell], children: [Node], guessed: inout Bool) -> [Int]? {
        var counts: [Int] = []
        var p = 0
        var c = 0
        let n = children.count
        while c < n {
            if children[c].cell.isEmpty {
                guard p < parents.count else { return nil }
                counts.append(1)
                p += 1
                c += 1
                continue
            }
            var j = c
            while j < n, !children[j].cell.isEmpty { j += 1 }
            let emptiesAfter = children[j...].filter(\.cell.isEmpty).count
            let runsAfter = runCount(children[j...])
            let share = parents.count - p - emptiesAfter - runsAfter
            guard share >= 1, share <= j - c else { return nil }
            let boundaries = split(run: c..<j, into: share, children: children, guessed: &guessed)
            for (index, start) in boundaries.enumerated() {
                let end = index + 1 < boundaries.count ? boundaries[index + 1] : j
                counts.append(end - start)
            }
            p += share
            c = j
        }
        return p == parents.count ? counts : nil
    }

    private static func runCount(_ nodes: ArraySlice<Node>) -> Int {
        var runs = 0
        var inRun = false
        for node in nodes {
            if !node.cell.isEmpty && !inRun { runs += 1 }
            inRun = !node.cell.isEmpty
        }
        return runs
    }

    /// The first child of each part.
    private static func split(run: Range<Int>, into parts: Int, children: [Node], guessed: inout Bool) -> [Int] {
        if parts == 1 { return [run.lowerBound] }
        let firstLabel = TextNormalizer.compact(children[run.lowerBound].cell.text)
        let repeats = run.filter { TextNormalizer.compact(children[$0].cell.text) == firstLabel }
        if repeats.count == parts { return repeats }
        // Where a label column follows an amount column a new group starts (`名称 金额 | 名称 金额`);
        // failing that, where amounts begin after the label columns (`编码 名称 | 合计 …`).
        let interior = run.dropFirst()
        let labelAfterAmount = interior.filter { children[$0 - 1].lastKind == .amount && children[$0].firstKind == .label }
        let amountAfterLabel = interior.filter { children[$0 - 1].lastKind == .label && children[$0].firstKind == .amount }
        for candidates in [labelAfterAmount, labelAfterAmount + amountAfterLabel] where candidates.count >= parts - 1 {
            if let chosen = nearestEven(candidates.sorted(), run: run, parts: parts) {
                return [run.lowerBound] + chosen
            }
        }
        guessed = true
        let size = run.count / parts
        let extra = run.count % parts
        var starts: [Int] = []
        var start = run.lowerBound
        for index in 0..<parts {
            starts.append(start)
            start += size + (index < extra ? 1 : 0)
        }
        return starts
    }

    /// `parts - 1` of the candidate boundaries, each the nearest to an even split.
    private static func nearestEven(_ candidates: [Int], run: Range<Int>, parts: Int) -> [Int]? {
        var chosen: [Int] = []
        var remaining = candidates
        for index in 1..<parts {
            let ideal = Double(run.lowerBound) + Double(run.count * index) / Double(parts)
            let usable = remaining.filter { $0 > (chosen.last ?? run.lowerBound) }
            // Leave enough candidates for the boundaries still to come.
            let needAfter = parts - 1 - index
            guard usable.count > needAfter else { return nil }
            let pool = usable.prefix(usable.count - needAfter)
            guard let best = pool.min(by: { abs(Double($0) - ideal) < abs(Double($1) - ideal) }) else { return nil }
            chosen.append(best)
            remaining.removeAll { $0 <= best }
        }
        return chosen
    }

    /// What a header label alone says about its columns (nil: it does not say).
    static func kindOfLabel(_ text: String) -> ColumnKind? {
        let t = TextNormalizer.compact(text)
        if t.isEmpty { return nil }
        // On the label's bytes, borrowed once (this is asked of every header leaf).
        let isLabel = t.withBorrowedUTF8 { bytes -> Bool? in
            if labelParts.anyOccurs(in: bytes) { return true }
            guard SingleScalarText.holds(bytes) else { return nil }
            return labelWholes.anyEquals(plain: bytes) || labelEnds.anyEnds(plain: bytes)
        } ?? (t.equalsText("项目") || t.equalsText("序号") || t.equalsText("类") || t.equalsText("款") || t.equalsText("项")
              || t.endsWithText("科目"))
        return isLabel ? .label : nil
    }

    /// Words a label column's label holds, is, or ends with.
    private static let labelParts = LabelWords(["名称", "编码", "代码", "品目", "形式"])
    private static let labelWholes = LabelWords(["项目", "序号", "类", "款", "项"])
    private static let labelEnds = LabelWords(["科目"])

    /// An amount word in a label (`合计`, `金额`, `预算数`, `…支出`, `…费`): used when the data
    /// rows have no figure to tell.
    static func labelSuggestsAmount(_ text: String) -> Bool {
        TextNormalizer.compact(text).withBorrowedUTF8 { amountWords.anyOccurs(in: $0) }
    }

    private static let amountWords = LabelWords(["合计", "小计", "总计", "金额", "预算数", "支出", "收入", "费", "经费", "资金", "拨款", "数"])
}
