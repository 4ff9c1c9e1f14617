/// One character as the text layer places it.
public struct PDFCharacter: Equatable, Sendable {
    public var text: String
    public var box: PDFRect
    public var fontSize: Double

    public init(_ text: String, box: PDFRect, fontSize: Double) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
    }

    var isSpace: Bool { text.allSatisfy(\.isWhitespace) }
    /// The height that scales the gap rules: the box, or the font size when the box is flat.
    var height: Double { box.height > 0.5 ? box.height : max(fontSize, 1) }
}

/// One painted path: its subpaths in page space (transform already applied).
public struct PDFPath: Equatable, Sendable {
    public enum Paint: Equatable, Sendable {
        case fill
        case stroke(lineWidth: Double)
    }

    public var paint: Paint
    /// Each subpath as its points in drawing order; a closed subpath does not repeat its start.
    public var subpaths: [[PDFPoint]]
    /// Curved segments anywhere in the path (fake-bold glyph outlines, rounded shapes).
    public var hasCurves: Bool
    /// Painted white (or fully light): a background, never a rule.
    public var isWhite: Bool

    public init(paint: Paint, subpaths: [[PDFPoint]], hasCurves: Bool = false, isWhite: Bool = false) {
        self.paint = paint
        self.subpaths = subpaths
        self.hasCurves = hasCurves
        self.isWhite = isWhite
    }
}

/// What one page holds for table reconstruction.
public struct PDFPageContent: Equatable, Sendable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var characters: [PDFCharacter]
    public var paths: [PDFPath]

    public init(number: Int, width: Double, height: Double, characters: [PDFCharacter], paths: [PDFPath]) {
        self.number = number
        self.width = width
        self.height = height
        self.characters = characters
        self.paths = paths
    }
}
