import SpreadsheetModel

/// The meta row (docs/templates.md): unit left, 预算年度 centred, 单位/截止时间 right, each verbatim.
/// Not merged: unbordered text overflows into the empty cells beside it, so a long unit
/// name is never cut by a narrow 序号 column.
enum MetaRowPlacer {
    enum Slot: Int { case left, center, right }

    static func slot(of text: String) -> Slot {
        let t = TextNormalizer.compact(text)
        if t.containsText(literal: "年度") { return .center }
        if t.startsWithText("单位名称") { return .left }
        if t.startsWithText("单位") || t.startsWithText("金额单位") || t.startsWithText("截止") { return .right }
        return .left
    }

    static func place(_ meta: SourceRow, row: Int, on sheet: inout SheetCanvas) {
        let width = sheet.width
        let slots = meta.cells.map { slot(of: $0.text) }
        let columns: [Slot: Int] = [.left: 0, .center: width / 2, .right: width - 1]
        // Slots only when they keep the source order (unit, year, 单位): never reorder cells.
        let inOrder = zip(slots, slots.dropFirst()).allSatisfy { $0.rawValue < $1.rawValue }
        let distinctColumns = inOrder && Set(slots.compactMap { columns[$0] }).count == slots.count
        for (index, (cell, slot)) in zip(meta.cells, slots).enumerated() {
            let alignment: CellStyle.Horizontal = slot == .left ? .left : slot == .center ? .center : .right
            // Anything unusual (two units, a narrow table): side by side, nothing dropped.
            let column = distinctColumns ? (columns[slot] ?? index) : index
            sheet.put(row, column, cell.isEmpty ? .empty : .text(cell.text),
                      distinctColumns ? .meta(alignment) : .meta(.left), line: cell.line)
        }
    }
}
