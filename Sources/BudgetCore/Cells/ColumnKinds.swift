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
            let values = dataRows.compactMap { column < $0.count ? $0.cells[column].text : nil }.filter { !$0.isEmpty }
            if !values.isEmpty {
                let numbers = values.filter { NumberParser.parse($0) != nil }.count
                return numbers * 2 >= values.count ? .amount : .label
            }
            return HeaderTree.labelSuggestsAmount(label) ? .amount : .label
        }
    }
}
