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
        // Most paragraphs start with none of the characters a heading starts with: a plain
        // first scalar (SingleScalarText: a Character of its own, equivalent to no other)
        // settles them before their text is searched at all.
        if let lead = text.unicodeScalars.first, SingleScalarText.isSingleScalar(lead.value) {
            switch lead.value {
            case 0x7B2C, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0xFF08, 0x28:
                break  // 第 一 二 三 四 五 六 七 八 九 十 （ (
            default:
                return false
            }
        }
        // Paragraphs run to thousands of characters: a 。 (usually in their first sentence)
        // settles them before they are counted, by scalars where that is the same
        // (`characterCount`), not by grapheme breaking.
        guard !text.containsText(literal: "。"), text.characterCount <= 40 else { return false }
        let numerals = "一二三四五六七八九十"
        if text.startsWithText("第") { return text.containsText(literal: "部分") }
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
