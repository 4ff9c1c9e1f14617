/// The provincial roll-up `汇总.xlsx`: one row per department with its key figures, grouped
/// by county folder with subtotal rows and a grand total, formatted like the other workbooks.
public enum RollupSheetBuilder {
    public static let fileName = "汇总.xlsx"
    public static let title = "部门预算汇总表"

    private struct Entry {
        var county: String
        var record: ManifestRecord
        var output: ManifestRecord.Output
    }

    /// Records may come from several shards in any order: the roll-up depends only on their
    /// content (sorted by input path), so merged shards give the same workbook.
    public static func layout(records: [ManifestRecord]) -> WorkbookLayout {
        let entries = records.filter { $0.status != .failed }.sorted { $0.input < $1.input }.flatMap { record in
            record.outputs.map { Entry(county: county(of: record.input), record: record, output: $0) }
        }
        var sources: [String] = []
        for entry in entries {
            for item in entry.output.figures.incomeBySource where !sources.contains(item.label) { sources.append(item.label) }
        }
        let fixedBefore = ["县（文件夹）", "单位编码", "单位名称", "预算年度", "收入总计"]
        let fixedAfter = ["上年结转", "支出合计", "基本支出", "项目支出", "人员经费", "公用经费", "“三公”经费", "政府采购", "警告", "校验问题"]
        let width = fixedBefore.count + max(sources.count, 1) + fixedAfter.count
        var sheet = SheetCanvas(width: width)

        sheet.put(0, 0, .text(title), .title, line: 0)
        sheet.merge(GridRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: width - 1), .title)
        sheet.fixedHeights[0] = 32
        sheet.put(1, 0, .text("共 \(entries.count) 个部门"), .meta(.left), line: 0)
        sheet.put(1, width - 1, .text("单位：万元"), .meta(.right), line: 0)

        // Two header rows: 本年收入 spans its sources; the others span both rows.
        let sourceStart = fixedBefore.count
        for (column, label) in fixedBefore.enumerated() { verticalHeader(label, column: column, on: &sheet) }
        sheet.put(2, sourceStart, .text("本年收入"), .header, line: 0)
        sheet.merge(GridRange(firstRow: 2, firstColumn: sourceStart, lastRow: 2, lastColumn: sourceStart + max(sources.count, 1) - 1), .header)
        for (offset, label) in sources.enumerated() { sheet.put(3, sourceStart + offset, .text(label), .header, line: 0) }
        let afterStart = sourceStart + max(sources.count, 1)
        for (offset, label) in fixedAfter.enumerated() { verticalHeader(label, column: afterStart + offset, on: &sheet) }
        sheet.fillBlanks(rows: 2..<4, style: .header)

        var row = 4
        var grand = Totals(width: width)
        var index = 0
        while index < entries.count {
            let county = entries[index].county
            var subtotal = Totals(width: width)
            while index < entries.count, entries[index].county == county {
                let values = amounts(entries[index], sources: sources, width: width)
                let entry = entries[index]
                sheet.put(row, 0, text(county), .body(), line: 0)
                sheet.put(row, 1, text(entry.output.unitCode), .code(), line: 0)
                sheet.put(row, 2, text(entry.output.unitName), .body(), line: 0)
                sheet.put(row, 3, text(entry.output.year), .number(.integer, centered: true), line: 0)
                write(values, row: row, bold: false, on: &sheet)
                subtotal.add(values)
                grand.add(values)
                row += 1
                index += 1
            }
            sheet.put(row, 0, .text("小计（\(county.isEmpty ? "根目录" : county)）"), .body(bold: true), line: 0)
            sheet.merge(GridRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 3), .body(bold: true))
            write(subtotal.values, row: row, bold: true, on: &sheet)
            row += 1
        }
        sheet.put(row, 0, .text("合计"), .body(bold: true), line: 0)
        sheet.merge(GridRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 3), .body(bold: true))
        write(grand.values, row: row, bold: true, on: &sheet)
        sheet.fillBlanks(rows: 4..<(row + 1), style: .body())

        let layout = sheet.finish(name: "汇总", frozenRows: 4, repeatRows: 2...3, landscape: true)
        let properties = DocumentProperties(title: title, subject: "部门预算汇总", company: "", keywords: "部门预算, 汇总",
                                            comments: "由 budget2xlsx 汇总 \(entries.count) 个部门", unit: "", year: "",
                                            created: WorkbookPlanner.createdTime(year: ""))
        return WorkbookLayout(sheets: [layout], properties: properties)
    }

    /// `county/dept.txt` → `county`; a file at the top → "".
    public static func county(of input: String) -> String {
        let parts = input.split(separator: "/")
        return parts.count > 1 ? String(parts[0]) : ""
    }

    private static func verticalHeader(_ label: String, column: Int, on sheet: inout SheetCanvas) {
        sheet.put(2, column, .text(label), .header, line: 0)
        sheet.merge(GridRange(firstRow: 2, firstColumn: column, lastRow: 3, lastColumn: column), .header)
    }

    private static func text(_ value: String) -> CellValue { value.isEmpty ? .empty : .text(value) }

    /// Column → amount (cents) or count, for one department.
    private static func amounts(_ entry: Entry, sources: [String], width: Int) -> [Int: Int64] {
        let f = entry.output.figures
        var values: [Int: Int64] = [:]
        values[4] = f.totalIncome?.value
        for item in f.incomeBySource {
            if let offset = sources.firstIndex(of: item.label) { values[5 + offset] = (values[5 + offset] ?? 0) + item.amount.value }
        }
        let after = 5 + max(sources.count, 1)
        let rest: [Cents?] = [f.carryOver, f.totalExpenditure, f.basicExpenditure, f.projectExpenditure, f.personnel,
                              f.publicFunds, f.threePublic, f.procurement]
        for (offset, value) in rest.enumerated() { values[after + offset] = value?.value }
        values[width - 2] = Int64(entry.output.warnings)
        values[width - 1] = Int64(entry.output.tableFindings + entry.output.narrativeFindings)
        return values
    }

    private static func write(_ values: [Int: Int64], row: Int, bold: Bool, on sheet: inout SheetCanvas) {
        let counts = Set([sheet.width - 2, sheet.width - 1])
        for (column, value) in values {
            if counts.contains(column) {
                sheet.put(row, column, .number(Double(value), source: String(value), format: .integer),
                          .number(.integer, bold: bold, centered: true), line: 0)
            } else {
                let cents = Cents(value)
                sheet.put(row, column, .number(Double(value) / 100, source: cents.description, format: .amount),
                          .number(.amount, bold: bold), line: 0)
            }
        }
    }

    private struct Totals {
        var values: [Int: Int64] = [:]
        init(width: Int) {}
        mutating func add(_ other: [Int: Int64]) {
            for (column, value) in other { values[column] = (Cents(values[column] ?? 0) + Cents(value)).value }
        }
    }
}
