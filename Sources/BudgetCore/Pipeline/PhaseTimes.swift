/// Seconds spent in each phase of ConversionPipeline for one export. The benchmark adds
/// these up, so its per-phase figures come from the code convert really runs.
public struct PhaseTimes: Sendable, Equatable {
    /// Reading the file (filled in by the batch, which does the I/O).
    public var read: Double = 0
    /// Decoding, tokenizing, recognition and assembly.
    public var parse: Double = 0
    /// Department split, sheet layout and key figures.
    public var layout: Double = 0
    public var validate: Double = 0
    /// Writing the workbooks (filled in by the batch).
    public var write: Double = 0

    public init() {}

    public static func += (lhs: inout PhaseTimes, rhs: PhaseTimes) {
        lhs.parse += rhs.parse
        lhs.layout += rhs.layout
        lhs.validate += rhs.validate
        lhs.read += rhs.read
        lhs.write += rhs.write
    }

    /// Runs `body`, adding its duration to the phase at `keyPath`.
    public mutating func measure<T, E: Error>(_ phase: WritableKeyPath<PhaseTimes, Double>,
                                       _ body: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            self[keyPath: phase] += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        return try body()
    }
}
