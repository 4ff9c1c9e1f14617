/// Turns painted paths into ruling lines. Tables are drawn either as stroked segments or as
/// thin filled rectangles (WPS, Excel); Excel draws both for each rule and also paints a
/// white rectangle behind the whole table, and its fake-bold text arrives as curved outlines.
enum RuleExtractor {
    /// A stroke this close to horizontal or vertical is a rule.
    static let axisTolerance = 0.5
    /// A filled rectangle thinner than this is one rule along its centre.
    static let thinFill = 2.0

    static func rules(from paths: [PDFPath]) -> [RulingLine] {
        var rules: [RulingLine] = []
        for path in paths where !path.isWhite && !path.hasCurves {
            switch path.paint {
            case .stroke:
                for subpath in path.subpaths { rules += strokeRules(subpath) }
            case .fill:
                for subpath in path.subpaths { rules += fillRules(subpath) }
            }
        }
        return rules
    }

    /// Every axis-aligned segment of a stroked subpath (a closed one repeats its start).
    private static func strokeRules(_ points: [PDFPoint]) -> [RulingLine] {
        var rules: [RulingLine] = []
        for (from, to) in zip(points, points.dropFirst()) {
            if abs(from.y - to.y) <= axisTolerance, abs(from.x - to.x) > axisTolerance {
                rules.append(RulingLine(.horizontal, at: (from.y + to.y) / 2, from: from.x, to: to.x))
            } else if abs(from.x - to.x) <= axisTolerance, abs(from.y - to.y) > axisTolerance {
                rules.append(RulingLine(.vertical, at: (from.x + to.x) / 2, from: from.y, to: to.y))
            }
        }
        return rules
    }

    /// A filled axis-aligned rectangle: a rule along its centre when thin, else its 4 edges
    /// (a shaded cell is bounded where a rule would be). Other filled shapes are not rules.
    private static func fillRules(_ points: [PDFPoint]) -> [RulingLine] {
        guard let box = axisAlignedRectangle(points) else { return [] }
        if box.height < thinFill, box.width >= box.height {
            return [RulingLine(.horizontal, at: (box.minY + box.maxY) / 2, from: box.minX, to: box.maxX)]
        }
        if box.width < thinFill {
            return [RulingLine(.vertical, at: (box.minX + box.maxX) / 2, from: box.minY, to: box.maxY)]
        }
        return [
            RulingLine(.horizontal, at: box.minY, from: box.minX, to: box.maxX),
            RulingLine(.horizontal, at: box.maxY, from: box.minX, to: box.maxX),
            RulingLine(.vertical, at: box.minX, from: box.minY, to: box.maxY),
            RulingLine(.vertical, at: box.maxX, from: box.minY, to: box.maxY),
        ]
    }

    /// The box of a subpath whose points all sit on the corners of their bounding box and
    /// that has 4 of them (a repeated closing point allowed); nil for any other shape.
    static func axisAlignedRectangle(_ points: [PDFPoint]) -> PDFRect? {
        var corners = points
        if corners.count == 5, let first = corners.first, let last = corners.last,
           abs(first.x - last.x) <= axisTolerance, abs(first.y - last.y) <= axisTolerance {
            corners.removeLast()
        }
        guard corners.count == 4 else { return nil }
        let xs = corners.map(\.x), ys = corners.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return nil }
        let onCorners = corners.allSatisfy { point in
            (abs(point.x - minX) <= axisTolerance || abs(point.x - maxX) <= axisTolerance)
                && (abs(point.y - minY) <= axisTolerance || abs(point.y - maxY) <= axisTolerance)
        }
        return onCorners ? PDFRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY) : nil
    }
}
