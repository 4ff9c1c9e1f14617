/// The header labels above each column, rebuilt from every header row of a table (one to four
/// levels), independent of how the header layout merged them. Exports write an N-row header
/// flat: each row lists its labels once, with an empty cell wherever a label of a row above
/// spans down. Read bottom-up, each label of a row covers either the one slot below it (when
/// that slot is empty: the label spans down) or a run of labelled slots (its children). Where
/// two parents sit side by side the flat form is ambiguous; the run is then split where the
/// columns' roles change (amount columns → label columns first, then label → amount).
struct HeaderColumns {
    struct Node {
        var label: String
        /// 0 = top header row.
        var level: Int
        var first: Int
        var last: Int
        var isLeaf: Bool { first == last }
    }

    /// Labels above each column, top to bottom, empty ones left out.
    let paths: [[String]]
    /// Every labelled header cell with the columns it covers.
    let nodes: [Node]
    /// False when the rows did not fit the N-level rule (the nodes then come from the last row only).
    let consistent: Bool

    var width: Int { paths.count }

    /// The lowest label of each column.
    var leaves: [String] { paths.map { $0.last ?? "" } }

    /// `descriptive(column)` tells label columns from amount columns, for ambiguous runs.
    init(rows: [[String]], width: Int, descriptive: (Int) -> Bool) {
        guard let last = rows.last, width > 0 else {
            paths = Array(filled: [], count: max(width, 0))
            nodes = []
            consistent = rows.isEmpty
            return
        }
        struct Slot { var label: String; var first: Int; var last: Int }
        var columnLabels = Array(filled: [String](), count: width)
        // Each made at the size it ends at (grown label by label, they were copied to new
        // buffers hundreds of times a document).
        var allNodes: [Node] = []
        allNodes.reserveCapacity(width * rows.count)
        let level = rows.count - 1
        var slots: [Slot] = (0..<width).map { column in
            Slot(label: column < last.count ? last[column] : "", first: column, last: column)
        }
        for slot in slots where !slot.label.isEmpty {
            columnLabels[slot.first].reserveCapacity(rows.count)
            columnLabels[slot.first].append(slot.label)
            allNodes.append(Node(label: slot.label, level: level, first: slot.first, last: slot.last))
        }
        var fits = true
        for rowIndex in stride(from: rows.count - 2, through: 0, by: -1) {
            let cells = rows[rowIndex]
            var next: [Slot] = []
            next.reserveCapacity(slots.count)
            var pointer = 0
            for (cellIndex, text) in cells.enumerated() {
                guard pointer < slots.count else {
                    if !text.isEmpty { fits = false }
                    continue
                }
                var end = pointer + 1
                if !slots[pointer].label.isEmpty {
                    while end < slots.count, !slots[end].label.isEmpty { end += 1 }
                    // Labels still to place after this one need slots of their own.
                    let remaining = cells.count - cellIndex - 1
                    let after = slots.count - end
                    if remaining > after {
                        let sharing = remaining - after + 1
                        end = Self.split(slots: Array(pointer..<end), among: sharing,
                                         descriptive: { descriptive(slots[$0].first) })
                    }
                }
                let slot = Slot(label: text, first: slots[pointer].first, last: slots[end - 1].last)
                next.append(slot)
                pointer = end
            }
            if pointer < slots.count {
                fits = false
                next += slots[pointer...].map { Slot(label: "", first: $0.first, last: $0.last) }
            }
            for slot in next where !slot.label.isEmpty {
                for column in slot.first...slot.last {
                    if columnLabels[column].isEmpty { columnLabels[column].reserveCapacity(rowIndex + 1) }
                    columnLabels[column].insert(slot.label, at: 0)
                }
                allNodes.append(Node(label: slot.label, level: rowIndex, first: slot.first, last: slot.last))
            }
            slots = next
        }
        consistent = fits
        if fits {
            paths = columnLabels
            nodes = allNodes
        } else {
            paths = (0..<width).map { column in column < last.count && !last[column].isEmpty ? [last[column]] : [] }
            nodes = allNodes.filter { $0.level == level }
        }
    }

    /// The end of the first parent's share of `run` (slot indices) when `count` parents share it.
    private static func split(slots run: [Int], among count: Int, descriptive: (Int) -> Bool) -> Int {
        guard let first = run.first, count > 1, run.count >= count else { return (run.first ?? 0) + 1 }
        let roles = run.map(descriptive)
        // Preferred boundary: an amount column followed by a label column (a new 项目 | 金额 pair).
        if let index = (1..<run.count).first(where: { !roles[$0 - 1] && roles[$0] }) { return first + index }
        if let index = (1..<run.count).first(where: { roles[$0 - 1] && !roles[$0] }) { return first + index }
        return first + run.count / count
    }

    /// Nodes directly under `node` (one level down, inside its columns); top-level nodes for nil.
    func children(of node: Node?) -> [Node] {
        guard let node else {
            // Top level: nodes not covered by any node above them.
            return nodes.filter { candidate in
                !nodes.contains { $0.level < candidate.level && $0.first <= candidate.first && candidate.last <= $0.last }
            }.sorted { $0.first < $1.first }
        }
        let inside = nodes.filter { $0.level > node.level && node.first <= $0.first && $0.last <= node.last }
        return inside.filter { candidate in
            !inside.contains { $0.level < candidate.level && $0.first <= candidate.first && candidate.last <= $0.last }
        }.sorted { $0.first < $1.first }
    }
}
