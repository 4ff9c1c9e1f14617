import BudgetCore
import SpreadsheetModel
import Testing

/// Stages on their own: row repair, table assembly, the department split, and a sheet laid
/// out as values (no C writer involved).
@Suite struct RowRepairerTests {
    func row(_ texts: [String], line: Int) -> SourceRow {
        SourceRow(texts.enumerated().map { SourceCell($0.element, line: line + $0.offset) })
    }

    @Test func fragmentsAreJoinedToTheTableWidth() {
        let rows = [row(["1", "201", "一般", "2.00"], line: 10), row(["3.00", "4.00"], line: 15),
                    row(["2", "20101", "人大", "1.00", "0.50", "0.50"], line: 22)]
        let repaired = RowRepairer.repair(rows, width: 6, endsAtEndOfFile: false)
        #expect(repaired.rows.map(\.texts) == [["1", "201", "一般", "2.00", "3.00", "4.00"],
                                              ["2", "20101", "人大", "1.00", "0.50", "0.50"]])
        #expect(repaired.rows[0].cells.map(\.line) == [10, 11, 12, 13, 15, 16])
        #expect(repaired.warnings.isEmpty)
    }

    @Test func threeFragmentsJoinAndTooManyAreNeverMerged() {
        let rows = [row(["a", "b", "c"], line: 1), row(["d"], line: 5), row(["e", "f"], line: 7)]
        #expect(RowRepairer.repair(rows, width: 6, endsAtEndOfFile: false).rows.map(\.texts) == [["a", "b", "c", "d", "e", "f"]])
        let uneven = [row(["a", "b", "c", "d"], line: 1), row(["e", "f", "g"], line: 6)]
        let repaired = RowRepairer.repair(uneven, width: 6, endsAtEndOfFile: false)
        #expect(repaired.rows.map(\.count) == [4, 3])
        #expect(repaired.warnings.map(\.description) == ["line 1: row has 4 of 6 cells; written as found",
                                                          "line 6: row has 3 of 6 cells; written as found"])
    }

    @Test func aRowCutByTheEndOfTheFileSaysSo() {
        let repaired = RowRepairer.repair([row(["a", "b"], line: 3)], width: 4, endsAtEndOfFile: true)
        #expect(repaired.warnings.map(\.description) == ["line 3: the file ends inside this table: its last row has 2 of 4 cells"])
    }
}

@Suite struct TableAssemblerTests {
    func raw(_ rows: [[String]]) -> RawTable {
        var line = 2
        return RawTable(title: "部门预算支出总表", titleLine: 1, rows: rows.map { texts in
            defer { line += texts.count + 1 }
            return SourceRow(texts.enumerated().map { SourceCell($0.element, line: line + $0.offset) })
        })
    }

    @Test func metaHeaderIndexAndDataRowsAreToldApart() {
        let table = TableAssembler.assemble(raw([
            ["316某局", "预算年度：2022", "单位：万元"],
            ["序号", "功能分类科目", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"],
            ["", "科目编码", "科目名称", "", "", "", "", "", ""],
            ["栏次", "1", "2", "3", "4", "5", "6", "7", "8"],
            ["", "", "合计", "5.00", "5.00", "", "", "", ""],
            ["1", "201", "一般公共服务", "5.00", "5.00", "", ""],
            ["", ""],
        ]))
        #expect(table.kind == .expenditureSummary)
        #expect(table.meta?.texts == ["316某局", "预算年度：2022", "单位：万元"])
        #expect(table.headerRows.count == 2)
        #expect(table.header.source == .catalog)
        #expect(table.indexRow?.texts.first == "栏次")
        #expect(table.width == 9)
        #expect(table.dataRows.map(\.count) == [9, 9])
        #expect(table.dataRows[1].texts == ["1", "201", "一般公共服务", "5.00", "5.00", "", "", "", ""])
        #expect(table.warnings.isEmpty)
        #expect(table.columnLabels.prefix(3) == ["序号", "科目编码", "科目名称"])
        #expect(table.header.merges.map(\.description) == ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:I2"])
    }
}

@Suite struct DepartmentSplitterTests {
    static func department(_ unit: String) -> String {
        "部门预算收支总表\n\t\(unit)\n\t预算年度：2022\n\t单位：万元\n\n\t项目\n\t预算数\n\n\t合计\n\t1.00\n\n情况说明\n"
    }

    @Test func aNewUnitStartsANewDepartmentWithItsLinesAndNarrative() {
        let document = DocumentReader.read(text: Self.department("316甲局") + Self.department("317乙局"))
        let parts = DepartmentSplitter.split(document)
        #expect(parts.map { $0.document.unit } == ["316甲局", "317乙局"])
        #expect(parts.map(\.lines) == [1...12, 13...24])
        #expect(parts.map { $0.document.narrative.map(\.line) } == [[12], [24]])
    }

    @Test func withoutUnitsARepeatedBudgetTableStartsTheNext() {
        let plain = "部门预算收支总表\n\t项目\n\t预算数\n\n\t合计\n\t1.00\n\n"
        let parts = DepartmentSplitter.split(DocumentReader.read(text: plain + plain))
        #expect(parts.count == 2)
        #expect(parts.map { $0.document.tables.count } == [1, 1])
    }

    @Test func oneDepartmentIsTheWholeDocument() {
        let document = DocumentReader.read(text: Self.department("316甲局"))
        let parts = DepartmentSplitter.split(document)
        #expect(parts.count == 1 && parts[0].lines == 1...12 && parts[0].document.tables.count == 1)
    }

    @Test func thePipelineNamesEachDepartmentsWorkbookOnce() throws {
        let export = try ConversionPipeline.run(Array((Self.department("316甲局") + Self.department("316甲局")
                                                        + Self.department("")).utf8), sourceName: "x.txt")
        #expect(export.departments.map(\.outputSuffix) == ["-316甲局", "-316甲局-2", "-部门3"])
        #expect(export.departments[0].outputFileName(stem: "x") == "x-316甲局.xlsx")
    }
}

@Suite struct SheetLayoutTests {
    @Test func aTableIsLaidOutAsValues() {
        let document = DocumentReader.read(text: "部门预算收支总表\n\t316甲局\n\t预算年度：2022\n\t单位：万元\n\n\t项目\n\t预算数\n\n\t合计\n\t1,234.50\n\n注：无。\n")
        let layout = WorkbookPlanner.plan(document, sourceName: "x.txt")
        let sheet = layout.sheets[0]
        #expect(sheet.name == "收支总表")
        #expect(sheet.cells.first { $0.row == 0 && $0.column == 0 }?.value == .text("部门预算收支总表"))
        #expect(sheet.merges.first?.range.description == "A1:B1")
        let amount = sheet.cells.first { $0.value.text == "1,234.50" }
        #expect(amount.map { "\($0.row),\($0.column)" } == "3,1")  // title, meta, header, then data
        if case .number(let value, _, _)? = amount?.value { #expect(value == 1234.5) } else { Issue.record("not a number") }
        #expect(amount?.sourceLine == 10)
        #expect(sheet.cells.contains { $0.value == .text("注：无。") && $0.row == 4 })
        #expect(sheet.repeatRows == 2...2 && sheet.frozenRows == 3)
        #expect(layout.properties.unit == "316甲局" && layout.properties.year == "2022")
    }
}
