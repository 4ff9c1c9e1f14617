import BudgetCore

/// Reads the painted paths of `mutool draw -F trace` output. Coordinates there come before
/// each path's `transform`, which is applied here; clip paths and text are skipped, images
/// are counted (a page of images and no text is a scan).
enum TraceParser {
    struct Page {
        var paths: [PDFPath] = []
        var images = 0
    }

    struct TooManyPaths: Error {
        var page: Int
    }

    static func parse(_ bytes: [UInt8], maxPathsPerPage: Int) throws -> [Page] {
        try ToolXMLReader.parse(bytes) { reader in
            var pages: [Page] = []
            var current: PathInProgress?
            while try reader.next() {
                let type = reader.nodeType
                if type == ToolXMLReader.typeEndElement {
                    let name = reader.localName
                    if name == "fill_path" || name == "stroke_path", let path = current?.finished(), !pages.isEmpty {
                        pages[pages.count - 1].paths.append(path)
                        current = nil
                        if pages[pages.count - 1].paths.count > maxPathsPerPage { throw TooManyPaths(page: pages.count) }
                    }
                    continue
                }
                guard type == ToolXMLReader.typeElement else { continue }
                switch reader.localName {
                case "page":
                    pages.append(Page())
                    current = nil
                case "fill_path", "stroke_path":
                    let stroke = reader.localName == "stroke_path"
                    let paint: PDFPath.Paint = stroke ? .stroke(lineWidth: reader.number("linewidth") ?? 1) : .fill
                    let path = PathInProgress(paint: paint, transform: transform(reader.numbers("transform")),
                                              isWhite: isWhite(reader.numbers("color")) || (reader.number("alpha") ?? 1) < 0.05)
                    current = reader.isEmptyElement ? nil : path
                case "moveto":
                    current?.move(to: point(reader))
                case "lineto":
                    current?.line(to: point(reader))
                case "curveto":
                    current?.hasCurves = true
                    current?.line(to: PDFPoint(x: reader.number("x3") ?? reader.number("x") ?? 0,
                                               y: reader.number("y3") ?? reader.number("y") ?? 0))
                case "closepath":
                    current?.close()
                case "fill_text", "stroke_text", "clip_text", "clip_stroke_text", "ignore_text":
                    reader.skipElement()
                case "fill_image", "fill_image_mask":
                    if !pages.isEmpty { pages[pages.count - 1].images += 1 }
                default:
                    break
                }
            }
            return pages
        }
    }

    private static func point(_ reader: ToolXMLReader) -> PDFPoint {
        PDFPoint(x: reader.number("x") ?? 0, y: reader.number("y") ?? 0)
    }

    private static func transform(_ values: [Double]) -> PDFTransform {
        guard values.count == 6 else { return .identity }
        return PDFTransform(a: values[0], b: values[1], c: values[2], d: values[3], e: values[4], f: values[5])
    }

    /// White in any colour space mutool reports: gray 1, RGB 1 1 1, CMYK 0 0 0 0.
    static func isWhite(_ components: [Double]) -> Bool {
        switch components.count {
        case 1, 3: return components.allSatisfy { $0 >= 0.95 }
        case 4: return components.allSatisfy { $0 <= 0.05 }
        default: return false
        }
    }
}

/// A path being read: points are transformed as they arrive.
private struct PathInProgress {
    var paint: PDFPath.Paint
    var transform: PDFTransform
    var isWhite: Bool
    var hasCurves = false
    var subpaths: [[PDFPoint]] = []

    init(paint: PDFPath.Paint, transform: PDFTransform, isWhite: Bool) {
        self.paint = paint
        self.transform = transform
        self.isWhite = isWhite
    }

    mutating func move(to point: PDFPoint) {
        subpaths.append([transform.apply(point)])
    }

    mutating func line(to point: PDFPoint) {
        if subpaths.isEmpty { subpaths.append([]) }
        subpaths[subpaths.count - 1].append(transform.apply(point))
    }

    /// Closing draws the segment back to the subpath's start.
    mutating func close() {
        guard let last = subpaths.indices.last, let first = subpaths[last].first, subpaths[last].last != first else { return }
        subpaths[last].append(first)
    }

    func finished() -> PDFPath {
        PDFPath(paint: paint, subpaths: subpaths, hasCurves: hasCurves, isWhite: isWhite)
    }
}
