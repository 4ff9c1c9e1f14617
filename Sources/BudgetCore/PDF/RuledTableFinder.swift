/// Groups merged rules into tables: a table is a set of rules connected by touching, with
/// at least two rules in each direction (a lone underline or box frame is not a table).
enum RuledTableFinder {
    /// How far apart two rules may be and still touch (rule ends stop short of the crossing).
    static let touchTolerance = 2.0

    static func groups(of rules: [RulingLine]) -> [[RulingLine]] {
        var parent = Array(rules.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        let horizontals = rules.indices.filter { rules[$0].orientation == .horizontal }
        let verticals = rules.indices.filter { rules[$0].orientation == .vertical }
        for h in horizontals {
            for v in verticals where touch(rules[h], rules[v]) {
                let (a, b) = (root(h), root(v))
                if a != b { parent[a] = b }
            }
        }
        var members: [Int: [RulingLine]] = [:]
        var order: [Int] = []
        for index in rules.indices {
            let key = root(index)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(rules[index])
        }
        return order.compactMap { members[$0] }.filter { group in
            group.filter { $0.orientation == .horizontal }.count >= 2
                && group.filter { $0.orientation == .vertical }.count >= 2
        }
    }

    private static func touch(_ horizontal: RulingLine, _ vertical: RulingLine) -> Bool {
        vertical.position >= horizontal.start - touchTolerance && vertical.position <= horizontal.end + touchTolerance
            && horizontal.position >= vertical.start - touchTolerance && horizontal.position <= vertical.end + touchTolerance
    }
}
