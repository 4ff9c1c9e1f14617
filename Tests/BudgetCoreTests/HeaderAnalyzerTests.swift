import Testing
@testable import BudgetCore
import SpreadsheetModel

@Suite struct HeaderAnalyzerTests {
    func row(_ texts: [String], line: Int = 1) -> SourceRow { SourceRow(texts.map { SourceCell($0, line: line) }) }

    @Test func generalRuleWithVerticalAndSpanningLabels() {
        // 收入总表's shape, without the catalog.
        let top = row(["序号", "功能分类科目", "合计", "本年收入", "上年结转"])
        let leaves = row(["", "科目编码", "科目名称", "", "小计", "a", "b", "c", "d", "e", "f", "g", ""])
        let result = HeaderAnalyzer.twoRows(top: top, leaves: leaves, width: 13, catalogSpans: nil)
        #expect(result.layout.source == .generalRule)
        #expect(result.warnings.isEmpty)
        #expect(result.layout.merges.map(\.description) == ["A1:A2", "B1:C1", "D1:D2", "E1:L1", "M1:M2"])
    }

    @Test func adjacentSpanningLabelsSplitWhereTheFirstLabelRepeats() {
        let top = row(["序号", "收入", "支出"])
        let leaves = row(["", "项目", "金额", "项目", "合计", "一般", "基金", "国资"])
        let result = HeaderAnalyzer.twoRows(top: top, leaves: leaves, width: 8, catalogSpans: nil)
        #expect(result.layout.merges.map(\.description) == ["A1:A2", "B1:C1", "D1:H1"])
        #expect(result.warnings == ["header is ambiguous (adjacent spanning labels); spans guessed"])
    }

    @Test func catalogSettlesAmbiguity() {
        // 基本支出表: 2 + 3 columns side by side; no repeated label to split at.
        let top = row(["序号", "支出部门经济分类科目", "一般公共预算基本支出"])
        let leaves = row(["", "科目编码", "科目名称", "合计", "人员经费", "公用经费"])
        let guessed = HeaderAnalyzer.twoRows(top: top, leaves: leaves, width: 6, catalogSpans: nil)
        #expect(guessed.layout.merges.map(\.description) == ["A1:A2", "B1:D1", "E1:F1"])
        let official = HeaderAnalyzer.twoRows(top: top, leaves: leaves, width: 6, catalogSpans: [1, 2, 3])
        #expect(official.layout.source == .catalog)
        #expect(official.layout.merges.map(\.description) == ["A1:A2", "B1:C1", "D1:F1"])
    }

    @Test func catalogThatDoesNotFitFallsBackWithWarning() {
        let top = row(["序号", "收入", "支出"])
        let leaves = row(["", "项目", "预算数", "项目", "预算数", "备注"])
        let result = HeaderAnalyzer.twoRows(top: top, leaves: leaves, width: 6, catalogSpans: [1, 2, 2])
        #expect(result.layout.source == .generalRule)
        #expect(result.warnings.first == "header does not match the official layout; merges inferred from the rows")
    }

    @Test func noRuleFitsKeepsEveryCell() {
        let top = row(["a", "b", "c", "d"])
        let leaves = row(["x", "y"])
        let result = HeaderAnalyzer.twoRows(top: top, leaves: leaves, width: 2, catalogSpans: nil)
        #expect(result.layout.source == .flat)
        #expect(result.layout.merges.isEmpty)
        #expect(result.layout.placements.map(\.cell.text) == ["a", "b", "c", "d", "x", "y"])
    }

    @Test func overlappingMergesAreRejected() {
        let a = GridRange(firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0)
        let b = GridRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 2)
        #expect(throws: MergeValidator.Overlap(first: a, second: b)) { try MergeValidator.check([a, b]) }
        #expect(throws: Never.self) { try MergeValidator.check([a, GridRange(firstRow: 0, firstColumn: 1, lastRow: 0, lastColumn: 2)]) }
    }
}
