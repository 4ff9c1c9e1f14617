/// Label columns versus amount columns, before the header is rebuilt: which top label covers
/// which columns often depends on it (`项目 | 收入预算` over `编码 名称 | 合计 …`).
enum ColumnKinds {
    static func of(headerRows: [SourceRow], dataRows: [SourceRow], width: Int,
                   meanings: [CatalogColumn]?) -> [HeaderTree.ColumnKind] {
        if let meanings, meanings.count == width {
            return meanings.map { $0 == .amount ? .amount : .label }
        }
        let leaves = headerRows.last?.cells ?? []
        return (0..<width).map { column in
            let label = column < leaves.count ? leaves[column].text : ""
            if let kind = HeaderTree.kindOfLabel(label) { return kind }
            // Counted, not collected: the two arrays per column cost an allocation each.
            var filled = 0, numbers = 0
            for row in dataRows where column < row.count {
                let text = row.cells[column].text
                guard !text.isEmpty else { continue }
                filled += 1
                if NumberParser.parse(text) != nil { numbers += 1 }
            }
            if filled > 0 {
                return numbers * 2 >= filled ? .amount : .label
            }
            return HeaderTree.labelSuggestsAmount(label) ? .amount : .label
        }
    }
}
