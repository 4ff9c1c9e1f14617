/// Builds a table's grid from its connected rules. Positions are the distinct rule
/// positions; an outer edge nobody drew is implied where rules run past the outermost one
/// (Word leaves out the top rule on a page that continues a table). Between two neighbouring
/// positions a boundary exists where rules cover at least half of it; units with no boundary
/// between them form one cell, so spans are explicit.
enum GridBuilder {
    static let positionTolerance = 2.0
    /// Rules running past the outermost position by more than this imply an edge at their end.
    static let impliedEdgeOverrun = 3.0
    /// Share of a boundary that rules must cover for it to count as drawn.
    static let boundaryCoverage = 0.5
    /// A budget table page has at most a few thousand grid units; a hatch pattern of
    /// thousands of rules each way is no table, and its units would not fit in memory.
    static let maxUnits = 20_000

    static func grid(from rules: [RulingLine]) -> RuledGrid? {
        let horizontals = rules.filter { $0.orientation == .horizontal }
        let verticals = rules.filter { $0.orientation == .vertical }
        var xs = distinct(verticals.map(\.position))
        var ys = distinct(horizontals.map(\.position))
        guard let horizontalStart = horizontals.map(\.start).min(), let horizontalEnd = horizontals.map(\.end).max(),
              let verticalStart = verticals.map(\.start).min(), let verticalEnd = verticals.map(\.end).max(),
              let firstX = xs.first, let lastX = xs.last, let firstY = ys.first, let lastY = ys.last
        else { return nil }
        if horizontalStart < firstX - impliedEdgeOverrun { xs.insert(horizontalStart, at: 0) }
        if horizontalEnd > lastX + impliedEdgeOverrun { xs.append(horizontalEnd) }
        if verticalStart < firstY - impliedEdgeOverrun { ys.insert(verticalStart, at: 0) }
        if verticalEnd > lastY + impliedEdgeOverrun { ys.append(verticalEnd) }
        let rows = ys.count - 1, columns = xs.count - 1
        guard rows >= 1, columns >= 1, rows * columns <= maxUnits else { return nil }

        // Interior boundaries only: the outer frame bounds the grid whether drawn or implied.
        let verticalsAt = bucket(verticals, by: xs), horizontalsAt = bucket(horizontals, by: ys)
        func verticalBoundary(at k: Int, row: Int) -> Bool {
            covered(by: verticalsAt[k], from: ys[row], to: ys[row + 1])
        }
        func horizontalBoundary(at k: Int, column: Int) -> Bool {
            covered(by: horizontalsAt[k], from: xs[column], to: xs[column + 1])
        }
        var parent = Array(0..<(rows * columns))
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for row in 0..<rows {
            for column in 0..<columns {
                let unit = row * columns + column
                if column + 1 < columns, !verticalBoundary(at: column + 1, row: row) { join(unit, unit + 1) }
                if row + 1 < rows, !horizontalBoundary(at: row + 1, column: column) { join(unit, unit + columns) }
            }
        }
        var units: [Int: [Int]] = [:]
        for unit in 0..<(rows * columns) { units[root(unit), default: []].append(unit) }
        var cells: [RuledGrid.Cell] = []
        for (_, members) in units {
            let unitRows = members.map { $0 / columns }, unitColumns = members.map { $0 % columns }
            guard let top = unitRows.min(), let bottom = unitRows.max(),
                  let left = unitColumns.min(), let right = unitColumns.max() else { continue }
            let area = (bottom - top + 1) * (right - left + 1)
            if area == members.count {
                cells.append(RuledGrid.Cell(row: top, column: left, rowSpan: bottom - top + 1, columnSpan: right - left + 1))
            } else {
                // An L-shaped region has no rectangle: keep its units as separate cells.
                for unit in members {
                    cells.append(RuledGrid.Cell(row: unit / columns, column: unit % columns, rowSpan: 1, columnSpan: 1))
                }
            }
        }
        cells.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        return RuledGrid(xs: xs, ys: ys, cells: cells)
    }

    /// Sorted positions with neighbours closer than the tolerance folded into their mean.
    static func distinct(_ positions: [Double]) -> [Double] {
        var result: [Double] = []
        var group: [Double] = []
        for position in positions.sorted() {
            if let last = group.last, position - last > positionTolerance {
                result.append(group.reduce(0, +) / Double(group.count))
                group.removeAll()
            }
            group.append(position)
        }
        if !group.isEmpty { result.append(group.reduce(0, +) / Double(group.count)) }
        return result
    }

    /// The rules lying on each position (within the tolerance), by position index.
    private static func bucket(_ rules: [RulingLine], by positions: [Double]) -> [[RulingLine]] {
        var buckets = Array(repeating: [RulingLine](), count: positions.count)
        for rule in rules {
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] < rule.position - positionTolerance { low = middle + 1 } else { high = middle }
            }
            var index = low
            while index < positions.count, positions[index] <= rule.position + positionTolerance {
                buckets[index].append(rule)
                index += 1
            }
        }
        return buckets
    }

    private static func covered(by rules: [RulingLine], from start: Double, to end: Double) -> Bool {
        let span = end - start
        guard span > 0 else { return true }
        var intervals: [(Double, Double)] = []
        for rule in rules {
            let low = max(rule.start, start), high = min(rule.end, end)
            if high > low { intervals.append((low, high)) }
        }
        intervals.sort { $0.0 < $1.0 }
        var total = 0.0, reach = start
        for (low, high) in intervals where high > reach {
            total += high - max(low, reach)
            reach = high
        }
        return total >= span * boundaryCoverage
    }
}
