/// Turns reconstructed pages into one structured document: text segments become paragraphs,
/// tables continued across pages are joined (a header repeated on the next page dropped),
/// blank filler rows are dropped, and page numbers are left out.
public enum PDFDocumentBuilder {
    public struct Result: Equatable, Sendable {
        public var document: StructuredDocument
        public var warnings: [String]
    }

    /// Column edges of a continuation may differ from the first part's by this much.
    static let edgeTolerance = 3.0

    public static func build(_ pages: [PDFPageContent]) -> Result {
        build(reconstructed: pages.map(PageReconstructor.reconstruct))
    }

    static func build(reconstructed pages: [ReconstructedPage]) -> Result {
        var blocks: [PendingBlock] = []
        for page in pages {
            var firstOnPage = true
            var previousLine: MetaLine?
            for block in page.blocks {
                switch block {
                case .text(let segment):
                    if isPageNumber(segment.text) { continue }
                    if case .paragraph(let previous)? = blocks.last, let line = previousLine, line.isSameLine(as: segment.box),
                       StructuredTextRules.isMetaItem(segment.text) || StructuredTextRules.isMetaItem(line.last) {
                        // The items of one meta line (`316平乡县人社局　预算年度：2022　单位：万元`)
                        // stay one paragraph, spaced as the text shape's cells, so a bare
                        // unit name at its left is read as the line's first item.
                        blocks[blocks.count - 1] = .paragraph(Paragraph(previous.text + "\u{3000}" + segment.text, line: previous.line))
                        previousLine = MetaLine(box: segment.box, last: segment.text)
                        continue
                    }
                    blocks.append(.paragraph(Paragraph(segment.text, line: page.number)))
                    previousLine = MetaLine(box: segment.box, last: segment.text)
                    firstOnPage = false
                    continue
                case .table(let table):
                    previousLine = nil
                    let part = PendingTable(table, page: page.number)
                    if firstOnPage, case .table(var previous)? = blocks.last, previous.lastPage == page.number - 1,
                       previous.append(continuation: part) {
                        blocks[blocks.count - 1] = .table(previous)
                    } else if table.isDecoration {
                        for text in table.texts where !text.isEmpty {
                            blocks.append(.paragraph(Paragraph(text, line: page.number)))
                        }
                    } else {
                        blocks.append(.table(part))
                    }
                }
                firstOnPage = false
            }
        }
        var warnings: [String] = []
        var result: [StructuredDocument.Block] = []
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                result.append(.paragraph(paragraph))
            case .table(var table):
                let dropped = table.dropBlankRows()
                if dropped > 0 {
                    warnings.append("page \(table.firstPage): dropped \(dropped) blank filler row\(dropped == 1 ? "" : "s") of a table")
                }
                result.append(.grid(table.spannedGrid))
            }
        }
        return Result(document: StructuredDocument(blocks: result), warnings: warnings)
    }

    /// Page furniture: `3`, `- 3 -`, `第3页`, `第 3 页 共 12 页`, `第 3 页，共 53 页` (the
    /// footer Calc and WPS print), `3/12`, `Page 3 of 12`; a bare number of four digits is a
    /// year, not a page.
    static func isPageNumber(_ text: String) -> Bool {
        let trimmed = text.filter { !$0.isWhitespace }
        guard !trimmed.isEmpty, trimmed.count <= 16, trimmed.contains(where: \.isNumber) else { return false }
        if trimmed.allSatisfy(\.isNumber), trimmed.count > 3 { return false }
        let words = trimmed.lowercased().replacing("page", with: "").replacing("of", with: "")
        return words.allSatisfy { $0.isASCII && $0.isNumber || "-—–/第页共，,、.".contains($0) }
    }
}

/// The last text segment placed, to tell whether the next one is on its line.
private struct MetaLine {
    var box: PDFRect
    var last: String

    func isSameLine(as other: PDFRect) -> Bool {
        let centre = (box.minY + box.maxY) / 2, otherCentre = (other.minY + other.maxY) / 2
        return abs(centre - otherCentre) <= 0.5 * max(box.height, other.height) && other.minX > box.maxX
    }
}

private enum PendingBlock {
    case paragraph(Paragraph)
    case table(PendingTable)
}
