/// Knobs of a corpus beyond its size and seed.
public struct CorpusOptions: Codable, Equatable, Sendable {
    /// Share (0…1) of files made deliberately bad, kinds taken in turn (BrokenKind).
    public var brokenFraction: Double
    /// Share (0…1) of the good files holding two departments one after the other.
    public var multiDepartmentFraction: Double

    public init(brokenFraction: Double = 0, multiDepartmentFraction: Double = 0) {
        self.brokenFraction = min(max(brokenFraction.isNaN ? 0 : brokenFraction, 0), 1)
        self.multiDepartmentFraction = min(max(multiDepartmentFraction.isNaN ? 0 : multiDepartmentFraction, 0), 1)
    }
}
