/// The only source of randomness in the generator: SplitMix64 behind a few helpers. Every
/// choice goes through it, so a seed always gives the same corpus (no `Hasher`, no
/// `Set`/`Dictionary` order, no system generator).
struct SeededRandom {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// A seed for an independent stream (one per county, one per file), so files can be
    /// generated one at a time and in any order with the same result.
    static func derive(_ seed: UInt64, _ parts: UInt64...) -> UInt64 {
        var mixer = SplitMix64(seed: seed ^ 0x5EED_C0DE_BA5E_0001)
        var value = mixer.next()
        for part in parts {
            var step = SplitMix64(seed: value ^ (part &* 0x9E37_79B9_7F4A_7C15))
            value = step.next()
        }
        return value
    }

    mutating func next() -> UInt64 { generator.next() }

    /// Uniform in `range` (modulo bias is irrelevant at these sizes).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    mutating func int64(_ range: ClosedRange<Int64>) -> Int64 {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int64(next() % span)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / 9_007_199_254_740_992.0 }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[int(0...(items.count - 1))]
    }

    /// Index chosen with the given relative weights.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return max(0, weights.count - 1)
    }

    /// Fisher–Yates with this stream.
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(0...index))
        }
        return result
    }

    /// An amount in cents between `low` and `high`, uniform in fourth-root space: budgets hold
    /// both 0.05 and 80000.00 (a uniform draw would almost never give small ones), yet most
    /// lines are in the thousands, as in real budgets (a log-uniform draw gives too many cents).
    mutating func spreadAmount(_ low: Int64, _ high: Int64) -> Int64 {
        let lo = Double(max(1, low)).squareRoot().squareRoot(), hi = Double(max(low, high)).squareRoot().squareRoot()
        let root = lo + (hi - lo) * unit()
        let value = Int64((root * root * root * root).rounded())
        return min(max(value, low), high)
    }

    /// `total` cents split into `parts` positive integers (each ≥ 1 cent) with random weights.
    /// `parts` is reduced when `total` is too small to give every part a cent.
    mutating func split(_ total: Int64, into parts: Int) -> [Int64] {
        let count = Int(min(Int64(max(parts, 1)), max(total, 1)))
        guard total > 0 else { return Array(repeating: 0, count: count) }
        guard count > 1 else { return [total] }
        let weights = (0..<count).map { _ in 0.2 + unit() }
        let sum = weights.reduce(0, +)
        let free = total - Int64(count)
        var result = weights.map { 1 + Int64((Double(free) * $0 / sum).rounded(.down)) }
        var rest = total - result.reduce(0, +)
        var index = 0
        while rest > 0 {
            result[index % count] += 1
            rest -= 1
            index += 1
        }
        return result
    }
}
