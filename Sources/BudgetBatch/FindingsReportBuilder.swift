import BudgetCore
import SpreadsheetModel

/// `校验报告.xlsx`: every finding of a run, one row each, across all documents, with filter
/// buttons so a clerk can narrow it down by file, table or identity.
public enum FindingsReportBuilder {
    public static let fileName = "校验报告.xlsx"
    public static let title = "部门预算校验报告"

    public struct Item: Sendable {
        public var document: String
        public var unit: String
        public var finding: Finding

        public init(document: String, unit: String, finding: Finding) {
            self.document = document
            self.unit = unit
            self.finding = finding
        }
    }

    static let headers = ["文件", "单位", "类别", "表", "序号", "科目编码", "项目", "栏目", "校验关系", "应为", "实为", "差额", "行号", "说明"]

    public static func layout(items: [Item]) -> WorkbookLayout {
        let width = headers.count
        var sheet = SheetCanvas(width: width)
        sheet.put(0, 0, .text(title), .title, line: 0)
        sheet.merge(GridRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: width - 1), .title)
        sheet.fixedHeights[0] = 32
        sheet.put(1, 0, .text("共 \(items.count) 条"), .meta(.left), line: 0)
        sheet.put(1, width - 1, .text("单位：万元"), .meta(.right), line: 0)
        for (column, label) in headers.enumerated() { sheet.put(2, column, .text(label), .header, line: 0) }

        for (offset, item) in items.enumerated() {
            let row = 3 + offset
            let f = item.finding
            let texts = [item.document, item.unit, f.severity == .table ? "表内/表间" : "情况说明", f.table, f.rowSerial,
                         f.rowCode, f.rowLabel, f.column, f.identity]
            for (column, text) in texts.enumerated() {
                sheet.put(row, column, text.isEmpty ? .empty : .text(text), column == 5 ? .code() : .body(), line: 0)
            }
            for (column, text) in [(9, f.expected), (10, f.found), (11, f.difference)] {
                let value = NumberParser.parse(text).map { CellValue.number($0, source: text, format: .amount) } ?? .text(text)
                sheet.put(row, column, value, .number(.amount), line: 0)
            }
            sheet.put(row, 12, .number(Double(f.line), source: String(f.line), format: .integer),
                      .number(.integer, centered: true), line: 0)
            sheet.put(row, 13, .text(f.message), .body(), line: 0)
        }
        let last = 2 + items.count
        let layout = sheet.finish(name: "校验报告", frozenRows: 3, repeatRows: 2...2, landscape: true,
                                  autoFilter: GridRange(firstRow: 2, firstColumn: 0, lastRow: last, lastColumn: width - 1))
        let properties = DocumentProperties(title: title, subject: "部门预算校验", company: "", keywords: "部门预算, 校验",
                                            comments: "由 budget2xlsx 生成", unit: "", year: "",
                                            created: DocumentProperties.fixedCreationTime(year: ""))
        return WorkbookLayout(sheets: [layout], properties: properties)
    }
}
