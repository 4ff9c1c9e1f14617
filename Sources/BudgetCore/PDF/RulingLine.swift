/// A horizontal or vertical ruling line: `position` is its y (horizontal) or x (vertical),
/// `start...end` its extent along the other axis.
struct RulingLine: Equatable, Sendable {
    enum Orientation: Equatable, Sendable { case horizontal, vertical }

    var orientation: Orientation
    var position: Double
    var start: Double
    var end: Double

    init(_ orientation: Orientation, at position: Double, from start: Double, to end: Double) {
        self.orientation = orientation
        self.position = position
        self.start = min(start, end)
        self.end = max(start, end)
    }

    var length: Double { end - start }
}
