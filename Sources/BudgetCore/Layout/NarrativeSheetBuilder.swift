import SpreadsheetModel

/// The 情况说明 text and 名词解释 on a final sheet, one paragraph per row, so nothing of the
/// export is lost.
public enum NarrativeSheetBuilder {
    public static let sheetName = "情况说明"
    static let columnWidth = 80.0

    public static func layout(for paragraphs: [Paragraph], name: String = sheetName) -> SheetLayout {
        var cells: [LayoutCell] = []
        var heights: [Int: Double] = [:]
        for (row, paragraph) in paragraphs.enumerated() {
            let heading = isHeading(paragraph.text)
            cells.append(LayoutCell(row: row, column: 0, value: .text(paragraph.text),
                                    style: .narrative(bold: heading), sourceLine: paragraph.line))
            let height = SheetCanvas.height(of: paragraph.text, capacity: columnWidth * 0.9)
            if height > 18 { heights[row] = height }
        }
        return SheetLayout(name: name, cells: cells, columnWidths: [columnWidth], rowHeights: heights)
    }

    /// `一、…`, `（二）…`, `第一部分 …`, `八、名词解释`: short numbered headings.
    static func isHeading(_ text: String) -> Bool {
        // Paragraphs run to thousands of characters: a 。 (usually in their first sentence)
        // settles them before they are counted, by scalars where that is the same
        // (`characterCount`), not by grapheme breaking.
        guard !text.containsText("。"), text.characterCount <= 40 else { return false }
        let numerals = "一二三四五六七八九十"
        if text.startsWithText("第") { return text.containsText("部分") }
        if let first = text.first, numerals.contains(first) {
            let rest = text.drop { numerals.contains($0) }
            return rest.first == "、"
        }
        if text.hasPrefix("（") || text.hasPrefix("(") {
            let inner = text.dropFirst().prefix { numerals.contains($0) }
            return !inner.isEmpty
        }
        return false
    }
}
