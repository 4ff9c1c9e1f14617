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
            // Counted, not collected: the two arrays per column cost an allocation each. An
            // amount column when at least half its filled cells are numbers; the cells are
            // read only until that is settled either way.
            var filled = 0
            for row in dataRows where column < row.count && !row.cells[column].text.isEmpty { filled += 1 }
            if filled > 0 {
                var numbers = 0, words = 0
                for row in dataRows where column < row.count && !row.cells[column].text.isEmpty {
                    if NumberParser.isPlainDecimal(row.cells[column].text) { numbers += 1 } else { words += 1 }
                    if numbers * 2 >= filled { return .amount }
                    if (filled - words) * 2 < filled { return .label }  // not even if the rest were numbers
                }
            }
            return HeaderTree.labelSuggestsAmount(label) ? .amount : .label
        }
    }
}
