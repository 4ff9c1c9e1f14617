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
            for block in page.blocks {
                switch block {
                case .text(let segment):
                    if isPageNumber(segment.text) { continue }
                    blocks.append(.paragraph(Paragraph(segment.text, line: page.number)))
                case .table(let table):
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

    /// Page furniture: `3`, `- 3 -`, `第3页`, `第 3 页 共 12 页`, `3/12`; a bare number of
    /// four digits is a year, not a page.
    static func isPageNumber(_ text: String) -> Bool {
        let trimmed = text.filter { !$0.isWhitespace }
        guard !trimmed.isEmpty, trimmed.count <= 12, trimmed.contains(where: \.isNumber) else { return false }
        if trimmed.allSatisfy(\.isNumber), trimmed.count > 3 { return false }
        return trimmed.allSatisfy { $0.isASCII && $0.isNumber || "-—–/第页共".contains($0) }
    }
}

private enum PendingBlock {
    case paragraph(Paragraph)
    case table(PendingTable)
}
