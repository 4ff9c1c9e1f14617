import Testing
@testable import BudgetCore

/// Damaged exports must give a report, never a trap: truncated anywhere in the budget tables,
/// lines dropped, cells replaced by text.
@Suite struct ValidationRobustnessTests {
    /// Cut anywhere in the budget tables, the sample is checked as far as it goes: every finding
    /// the whole sample does not have comes from the table the cut went through — a cell of it,
    /// or an expected value taken from it — never from the complete tables before it.
    @Test func truncatedAnywhereInTheBudgetTables() throws {
        let sample = try EditableSample.load()
        let whole = sample.report.findings
        var cutFindings = 0
        for end in stride(from: 1, through: 2100, by: 7) {
            let truncated = EditableSample(lines: Array(sample.lines.prefix(end)))
            let report = truncated.report
            let cut = truncated.document.tables.last
            for finding in report.findings where !whole.contains(finding) {
                cutFindings += 1
                let fromCutTable = cut.map { finding.line >= $0.titleLine || finding.message.contains("expected value from \($0.title)") }
                #expect(fromCutTable == true, "cut after line \(end): \(finding.message)")
                #expect(finding.line <= end, "cut after line \(end): finding on line \(finding.line)")
            }
        }
        #expect(cutFindings > 100)  // the cuts are seen, not silently accepted

        // Three cuts, exactly. Inside the 基本支出表, after its 303 类 row and the first of its 款:
        let inBasic = EditableSample(lines: Array(sample.lines.prefix(1919)))
        #expect(inBasic.report.findings.map(\.message) == [
            "部门预算一般公共预算财政拨款基本支出表 序号24 303 对个人和家庭的补助 「合计」: found 2.25, expected 0.00 (类 = Σ款), difference 2.25; line 1915",
            "部门预算一般公共预算财政拨款基本支出表 序号24 303 对个人和家庭的补助 「人员经费」: found 2.25, expected 0.00 (类 = Σ款), difference 2.25; line 1916",
        ])
        #expect(inBasic.document.allWarnings.map(\.message) == ["the file ends inside this table: its last row has 1 of 6 cells"])
        // In a later table's row: nothing to find, one warning for the cut row.
        let inLaterTable = EditableSample(lines: Array(sample.lines.prefix(1947)))
        #expect(inLaterTable.report.findings.isEmpty)
        #expect(inLaterTable.document.allWarnings.map(\.message) == ["the file ends inside this table: its last row has 3 of 5 cells"])
        // Past the tables, in the narrative: only the whole sample's own narrative finding.
        let inNarrative = EditableSample(lines: Array(sample.lines.prefix(2080)))
        #expect(inNarrative.report.findings.count == 1)
        #expect(inNarrative.report.findings.allSatisfy { whole.contains($0) && $0.severity == .narrative })
        #expect(inNarrative.document.allWarnings.isEmpty)
    }

    @Test func linesDroppedAndCellsGarbled() throws {
        let sample = try EditableSample.load()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<40 {
            var lines = Array(sample.lines.prefix(2110))
            for _ in 0..<8 {
                guard !lines.isEmpty else { break }
                let index = next() % lines.count
                switch next() % 3 {
                case 0: lines.remove(at: index)
                case 1: lines[index] = "\t" + ["x", "1,2", "-", "99999999999999999", "　", "合计", "208"][next() % 7]
                default: lines.insert("", at: index)
                }
            }
            _ = EditableSample(lines: lines).report
        }
    }

    @Test func emptyAndTablelessDocuments() {
        #expect(BudgetValidator.validate(DocumentReader.read(text: "")).findings.isEmpty)
        #expect(BudgetValidator.validate(DocumentReader.read(text: "部门预算收支总表\n\t\n")).findings.isEmpty)
        #expect(BudgetValidator.validate(DocumentReader.read(text: "部门全年预算数100.00万元\n")).findings.isEmpty)
    }
}
