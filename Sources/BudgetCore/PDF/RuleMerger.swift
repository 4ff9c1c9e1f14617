/// Rules drawn twice or in pieces become one: rules of one orientation whose positions lie
/// within `positionTolerance` share a line, pieces along it with gaps up to `gapTolerance`
/// join, and what is still shorter than `minimumLength` (ticks, underlines of a glyph) goes.
enum RuleMerger {
    static let positionTolerance = 2.0
    static let gapTolerance = 2.0
    static let minimumLength = 3.0

    static func merge(_ rules: [RulingLine]) -> [RulingLine] {
        merge(rules.filter { $0.orientation == .horizontal }, .horizontal)
            + merge(rules.filter { $0.orientation == .vertical }, .vertical)
    }

    private static func merge(_ rules: [RulingLine], _ orientation: RulingLine.Orientation) -> [RulingLine] {
        let sorted = rules.sorted { $0.position < $1.position }
        var result: [RulingLine] = []
        var group: [RulingLine] = []
        func flush() {
            guard !group.isEmpty else { return }
            // The line sits where most of its ink is: the length-weighted mean position.
            let weight = group.reduce(0) { $0 + max($1.length, 0.01) }
            let position = group.reduce(0) { $0 + $1.position * max($1.length, 0.01) } / weight
            var pieces = group.sorted { $0.start < $1.start }
            var joined: [RulingLine] = []
            var current = pieces.removeFirst()
            for piece in pieces {
                if piece.start <= current.end + gapTolerance {
                    current.end = max(current.end, piece.end)
                } else {
                    joined.append(current)
                    current = piece
                }
            }
            joined.append(current)
            for piece in joined where piece.length >= minimumLength {
                result.append(RulingLine(orientation, at: position, from: piece.start, to: piece.end))
            }
            group.removeAll()
        }
        for rule in sorted {
            if let last = group.last, rule.position - last.position > positionTolerance { flush() }
            group.append(rule)
        }
        flush()
        return result
    }
}
