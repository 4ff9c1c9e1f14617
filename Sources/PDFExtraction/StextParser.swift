import BudgetCore

/// Reads the characters of `mutool draw -F stext` output: per page, each `<char>` with its
/// box (from `quad`, or `bbox`) and the size of its `<font>`.
enum StextParser {
    struct Page {
        var width: Double
        var height: Double
        var characters: [PDFCharacter]
    }

    struct Limits {
        var maxCharactersPerPage: Int
    }

    struct TooManyCharacters: Error {
        var page: Int
    }

    static func parse(_ bytes: [UInt8], limits: Limits) throws -> [Page] {
        try ToolXMLReader.parse(bytes) { reader in
            var pages: [Page] = []
            var fontSize = 0.0
            while try reader.next() {
                guard reader.nodeType == ToolXMLReader.typeElement else { continue }
                if reader.localNameIs("char") {
                    guard !pages.isEmpty, let text = reader.attribute("c"), !text.isEmpty else { continue }
                    var values = reader.numbers("quad")
                    if values.count < 8 { values = reader.numbers("bbox") }
                    guard values.count >= 4 else { continue }
                    let xs = stride(from: 0, to: values.count - 1, by: 2).map { values[$0] }
                    let ys = stride(from: 1, to: values.count, by: 2).map { values[$0] }
                    guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { continue }
                    let last = pages.count - 1
                    pages[last].characters.append(
                        PDFCharacter(text, box: PDFRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY), fontSize: fontSize))
                    if pages[last].characters.count > limits.maxCharactersPerPage { throw TooManyCharacters(page: pages.count) }
                } else if reader.localNameIs("font") {
                    fontSize = reader.number("size") ?? 0
                } else if reader.localNameIs("page") {
                    pages.append(Page(width: reader.number("width") ?? 0, height: reader.number("height") ?? 0, characters: []))
                }
            }
            return pages
        }
    }
}
