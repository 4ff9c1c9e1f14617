import Foundation

/// Writes small PDFs object by object, so tests can make files no office program would: two
/// thousand pages, a page of a hundred thousand drawn paths, pages holding only an image (a
/// scan). Text is ASCII in the standard Helvetica font; the cross-reference table is exact.
public struct TestPDF: Sendable {
    public struct Page: Sendable {
        /// The page's content stream (PDF operators, ASCII).
        public var content: String
        /// Paint the image resource `/Im0` (a small grey picture) available to the content.
        public var hasImage: Bool

        public init(content: String, hasImage: Bool = false) {
            self.content = content
            self.hasImage = hasImage
        }

        /// A line of text at the top left.
        public static func text(_ text: String) -> Page {
            Page(content: "BT /F1 12 Tf 72 770 Td (\(text)) Tj ET")
        }

        /// The whole page covered by the image and nothing else, as a scanner writes it.
        public static let scan = Page(content: "q 595 0 0 842 0 0 cm /Im0 Do Q", hasImage: true)
    }

    public var pages: [Page]

    public init(pages: [Page]) {
        self.pages = pages
    }

    /// `count` pages, each saying its number: a long file that costs almost nothing to write.
    public static func numberedPages(_ count: Int) -> TestPDF {
        TestPDF(pages: (1...max(count, 1)).map { .text("Page \($0)") })
    }

    /// One page filling a grid with `count` small filled squares, each its own path.
    public static func densePaths(_ count: Int) -> TestPDF {
        var content = "BT /F1 12 Tf 72 820 Td (Dense) Tj ET\n"
        content.reserveCapacity(count * 16)
        for index in 0..<count { content += "\(index % 290 * 2) \(index / 290 * 2) 1 1 re f\n" }
        return TestPDF(pages: [Page(content: content)])
    }

    public func data() -> Data {
        var out = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        func object(_ body: [UInt8]) {
            offsets.append(out.count)
            out += Array("\(offsets.count) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        func stream(_ dictionary: String, _ bytes: [UInt8]) -> [UInt8] {
            Array("<< \(dictionary) /Length \(bytes.count) >>\nstream\n".utf8) + bytes + Array("\nendstream".utf8)
        }
        // 1 catalog, 2 page tree, 3 font, 4 image; then a page and its content per page.
        let firstPage = 5
        let kids = pages.indices.map { "\(firstPage + 2 * $0) 0 R" }.joined(separator: " ")
        object(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        object(Array("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8))
        object(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8))
        let pixels = (0..<64).map { UInt8(($0 * 37) & 0xFF) }
        object(stream("/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8", pixels))
        for (index, page) in pages.enumerated() {
            let contentObject = firstPage + 2 * index + 1
            let image = page.hasImage ? " /XObject << /Im0 4 0 R >>" : ""
            object(Array(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>\(image) >>"
                           + " /Contents \(contentObject) 0 R >>").utf8))
            object(stream("", Array(page.content.utf8)))
        }
        let xref = out.count
        out += Array("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            let digits = String(offset)
            out += Array((String(repeating: "0", count: max(10 - digits.count, 0)) + digits + " 00000 n \n").utf8)
        }
        out += Array("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return Data(out)
    }
}
