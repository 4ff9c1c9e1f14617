import BudgetCore
import SpreadsheetModel

/// The provincial roll-up `汇总.xlsx`: one row per department with its key figures, grouped
/// by county folder with subtotal rows and a grand total, formatted like the other workbooks.
/// Every department's figures are converted to one unit, 万元 (documents print 元, 千元 or 万元),
/// which the sheet states; a department whose unit is unknown is shown as printed, marked in
/// its row and left out of the subtotals and totals.
/// Built in two passes over the manifest records (in input order), so it can be streamed:
/// `RollupPlan` learns the columns, `RollupRows` turns records into rows.
public enum RollupSheetBuilder {
    public static let fileName = "汇总.xlsx"
    public static let title = "部门预算汇总表"
    /// The unit of every amount on the sheet.
    public static let unit = AmountUnit.tenThousandYuan
    /// The meta cell stating it, top right.
    public static var unitLabel: String { "金额单位：\(unit.rawValue)" }
    /// What the 原金额单位 cell says for a department whose unit is unknown.
    public static let unknownUnitNote = "未注明（按原数列示，未换算，未计入小计、合计）"
    static let before = ["县（文件夹）", "单位编码", "单位名称", "预算年度", "收入总计"]
    static let after = ["上年结转", "支出合计", "基本支出", "项目支出", "人员经费", "公用经费", "“三公”经费", "政府采购",
                        "原金额单位", "警告", "校验问题"]

    /// The whole roll-up in memory (small runs, tests); `RunReports` streams instead.
    public static func layout(records: [ManifestRecord]) -> WorkbookLayout {
        let sorted = records.sorted { $0.input < $1.input }
        var plan = RollupPlan()
        sorted.forEach { plan.add($0) }
        var sheet = plan.head()
        var rows = plan.rows()
        for row in sorted.flatMap({ rows.add($0) }) + rows.finish() {
            sheet.cells += row.cells
            sheet.merges += row.merges
        }
        return WorkbookLayout(sheets: [sheet], properties: plan.properties)
    }

    /// `county/dept.txt` → `county`; a file at the top → "".
    public static func county(of input: String) -> String {
        let parts = input.split(separator: "/")
        return parts.count > 1 ? String(parts[0]) : ""
    }
}

/// Pass 1: the income sources (columns), the department count and the column widths.
public struct RollupPlan: Sendable {
    public private(set) var sources: [String] = []
    public private(set) var departments = 0
    private var known: Set<String> = []
    private var widest = [0, 0, 0, 0]

    public init() {}

    public mutating func add(_ record: ManifestRecord) {
        guard record.status != .failed else { return }
        for output in record.outputs {
            departments += 1
            for item in output.figures.incomeBySource where known.insert(item.label).inserted { sources.append(item.label) }
            if output.knownUnit == nil { unitWidth = max(unitWidth, Double(DisplayWidth.of(RollupSheetBuilder.unknownUnitNote)) / 2 + 2) }
            let texts = [RollupSheetBuilder.county(of: record.input), output.unitCode, output.unitName, output.year]
            for (index, text) in texts.enumerated() { widest[index] = max(widest[index], DisplayWidth.of(text)) }
        }
    }

    public var headers: [String] { RollupSheetBuilder.before + sources + RollupSheetBuilder.after }
    var width: Int { headers.count }
    /// 原金额单位, before the two count columns.
    var unitColumn: Int { width - 3 }
    /// Wide enough for the unknown-unit note when a department has one.
    private var unitWidth: Double = 12

    /// Title, meta and header rows, with the widths of every column and the page setup.
    public func head() -> SheetLayout {
        var canvas = SheetCanvas(width: width)
        canvas.put(0, 0, .text(RollupSheetBuilder.title), .title, line: 0)
        canvas.merge(GridRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: width - 1), .title)
        canvas.fixedHeights[0] = 32
        canvas.put(1, 0, .text("共 \(departments) 个部门"), .meta(.left), line: 0)
        canvas.put(1, width - 1, .text(RollupSheetBuilder.unitLabel), .meta(.right), line: 0)
        for (column, label) in headers.enumerated() { canvas.put(2, column, .text(label), .header, line: 0) }
        var layout = canvas.finish(name: "汇总", frozenRows: 3, repeatRows: 2...2, landscape: true)
        let fixed = widest.enumerated().map { index, chars in
            min(max(Double(chars + (index == 1 || index == 2 ? 2 : 0)) + 2, 8), 40)
        }
        layout.columnWidths = fixed + Array(repeating: 14, count: width - fixed.count)
        layout.columnWidths[unitColumn] = unitWidth
        let tallest = headers.enumerated().map { column, label in
            SheetCanvas.height(of: label, capacity: layout.columnWidths[column])
        }.max() ?? 18
        layout.rowHeights[2] = tallest
        layout.landscape = true
        return layout
    }

    public func rows() -> RollupRows { RollupRows(plan: self) }

    public var properties: DocumentProperties {
        var properties = DocumentProperties(title: RollupSheetBuilder.title, subject: "部门预算汇总", company: "", keywords: "部门预算, 汇总",
                                            comments: "由 budget2xlsx 汇总 \(departments) 个部门", unit: "", year: "",
                                            created: DocumentProperties.fixedCreationTime(year: ""))
        properties.amountUnit = RollupSheetBuilder.unit.rawValue
        return properties
    }
}

/// Pass 2: records in input order → department rows, a subtotal row per county, a total row.
/// Amounts are carried in cents of 元 (exact for every unit), shown in 万元.
public struct RollupRows: Sendable {
    public struct Row: Sendable {
        public var row: Int
        public var cells: [LayoutCell]
        public var merges: [LayoutMerge]
    }

    let plan: RollupPlan
    private var next = 3
    private var county: String?
    private var subtotal: [Int: Int64] = [:]
    private var grand: [Int: Int64] = [:]

    init(plan: RollupPlan) { self.plan = plan }

    public mutating func add(_ record: ManifestRecord) -> [Row] {
        guard record.status != .failed else { return [] }
        var rows: [Row] = []
        let recordCounty = RollupSheetBuilder.county(of: record.input)
        for output in record.outputs {
            if let county, county != recordCounty { rows.append(subtotalRow(county)) }
            county = recordCounty
            var cells = [
                cell(0, recordCounty.isEmpty ? .empty : .text(recordCounty), .body()),
                cell(1, output.unitCode.isEmpty ? .empty : .text(output.unitCode), .code()),
                cell(2, output.unitName.isEmpty ? .empty : .text(output.unitName), .body()),
                cell(3, NumberParser.parse(output.year).map { .number($0, source: output.year, format: .integer) } ?? .text(output.year),
                     .number(.integer, centered: true)),
            ]
            let counts = self.counts(output)
            if let unit = output.knownUnit, let values = yuanCents(output.figures, unit: unit) {
                cells += amountCells(values, bold: false)
                cells.append(cell(plan.unitColumn, .text(unit.rawValue), .body()))
                add(values.merging(counts) { $1 }, to: &subtotal)
                add(values.merging(counts) { $1 }, to: &grand)
            } else {
                // Unknown unit: the figures as printed, said so, and kept out of the sums.
                cells += printedCells(printed(output.figures))
                cells.append(cell(plan.unitColumn, .text(RollupSheetBuilder.unknownUnitNote), .body()))
                add(counts, to: &subtotal)
                add(counts, to: &grand)
            }
            cells += countCells(counts, bold: false)
            rows.append(Row(row: next, cells: filled(cells, bold: false), merges: []))
            next += 1
        }
        return rows
    }

    /// The last county's subtotal and the grand total.
    public mutating func finish() -> [Row] {
        var rows: [Row] = []
        if let county { rows.append(subtotalRow(county)) }
        rows.append(totalRow(label: "合计", values: grand))
        return rows
    }

    private mutating func subtotalRow(_ county: String) -> Row {
        let row = totalRow(label: "小计（\(county.isEmpty ? "根目录" : county)）", values: subtotal)
        subtotal = [:]
        return row
    }

    private mutating func totalRow(label: String, values: [Int: Int64]) -> Row {
        let style = CellStyle.body(bold: true)
        let amounts = values.filter { $0.key < plan.unitColumn }
        let counts = values.filter { $0.key > plan.unitColumn }
        let cells = [cell(0, .text(label), style)] + amountCells(amounts, bold: true) + countCells(counts, bold: true)
        let merge = LayoutMerge(range: GridRange(firstRow: next, firstColumn: 0, lastRow: next, lastColumn: 3), style: style)
        defer { next += 1 }
        return Row(row: next, cells: filled(cells, bold: true), merges: [merge])
    }

    private func cell(_ column: Int, _ value: CellValue, _ style: CellStyle) -> LayoutCell {
        LayoutCell(row: next, column: column, value: value, style: style)
    }

    /// Column → the figure in cents of the document's own unit.
    private func printed(_ f: KeyFigures) -> [Int: Int64] {
        var values: [Int: Int64] = [4: f.totalIncome?.value].compactMapValues { $0 }
        for item in f.incomeBySource {
            if let offset = plan.sources.firstIndex(of: item.label) { values[5 + offset, default: 0] += item.amount.value }
        }
        let start = 5 + plan.sources.count
        let rest = [f.carryOver, f.totalExpenditure, f.basicExpenditure, f.projectExpenditure, f.personnel, f.publicFunds,
                    f.threePublic, f.procurement]
        for (offset, value) in rest.enumerated() { if let value { values[start + offset] = value.value } }
        return values
    }

    /// Column → the figure in cents of 元; nil when a figure is too large to convert.
    private func yuanCents(_ f: KeyFigures, unit: AmountUnit) -> [Int: Int64]? {
        var values: [Int: Int64] = [:]
        for (column, value) in printed(f) {
            let (converted, overflow) = value.multipliedReportingOverflow(by: Int64(unit.scale))
            if overflow { return nil }
            values[column] = converted
        }
        return values
    }

    /// The warning and finding counts (the last two columns).
    private func counts(_ output: ManifestRecord.Output) -> [Int: Int64] {
        [plan.width - 2: Int64(output.warnings), plan.width - 1: Int64(output.tableFindings + output.narrativeFindings)]
    }

    private func add(_ values: [Int: Int64], to totals: inout [Int: Int64]) {
        for (column, value) in values { totals[column] = (Cents(totals[column] ?? 0) + Cents(value)).value }
    }

    /// Cents of 元 shown in 万元: the exact value (up to six decimals), displayed `#,##0.00`.
    private func amountCells(_ values: [Int: Int64], bold: Bool) -> [LayoutCell] {
        let divisor = Int64(RollupSheetBuilder.unit.scale) * 100
        return values.keys.sorted().compactMap { column in
            guard let value = values[column] else { return nil }
            return cell(column, .number(Double(value) / Double(divisor), source: RollupAmountText.decimal(value, divisor: divisor),
                                        format: .amount),
                        .number(.amount, bold: bold))
        }
    }

    /// Cents of an unknown unit, shown as printed.
    private func printedCells(_ values: [Int: Int64]) -> [LayoutCell] {
        values.keys.sorted().compactMap { column in
            guard let value = values[column] else { return nil }
            return cell(column, .number(Double(value) / 100, source: Cents(value).description, format: .amount), .number(.amount))
        }
    }

    private func countCells(_ values: [Int: Int64], bold: Bool) -> [LayoutCell] {
        values.keys.sorted().compactMap { column in
            guard let value = values[column] else { return nil }
            return cell(column, .number(Double(value), source: String(value), format: .integer),
                        .number(.integer, bold: bold, centered: true))
        }
    }

    /// Bordered blanks where a row has no value, so the grid is framed.
    private func filled(_ cells: [LayoutCell], bold: Bool) -> [LayoutCell] {
        let present = Set(cells.map(\.column))
        let blanks = (0..<plan.width).filter { !present.contains($0) }.map { column in
            cell(column, .empty, column >= 4 && column != plan.unitColumn ? .number(.amount, bold: bold) : .body(bold: bold))
        }
        return (cells + blanks).sorted { $0.column < $1.column }
    }
}

/// An integer over a power of ten as exact decimal text: `29327458` over `1000000` → `29.327458`.
enum RollupAmountText {
    /// `value / divisor` (a power of ten) in decimals: the fraction with as many places as the
    /// divisor has zeros, trailing zeros dropped down to two places (`1234500 / 10000` →
    /// `123.45`). On the digits' bytes: every amount of every row of the roll-up is printed so,
    /// and trimming the string Character by Character cost more than the rest of the row.
    static func decimal(_ value: Int64, divisor: Int64) -> String {
        let negative = value < 0
        let magnitude = value.magnitude
        let whole = magnitude / UInt64(divisor), fraction = magnitude % UInt64(divisor)
        var places = 0  // the divisor's digits less one
        var rest = divisor
        while rest >= 10 { rest /= 10; places += 1 }
        var digits = Array(String(fraction).utf8)
        if digits.count < places { digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: places - digits.count), at: 0) }
        while digits.count > 2, digits.last == UInt8(ascii: "0") { digits.removeLast() }
        var text = negative ? "-" : ""
        text += String(whole)
        if !digits.isEmpty {
            text += "."
            text += String(decoding: digits, as: UTF8.self)
        }
        return text
    }
}
