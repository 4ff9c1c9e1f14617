import Testing
@testable import BudgetCore

/// Damaged exports must give a report, never a trap: truncated anywhere in the budget tables,
/// lines dropped, cells replaced by text.
@Suite struct ValidationRobustnessTests {
    @Test func truncatedAnywhereInTheBudgetTables() throws {
        let sample = try EditableSample.load()
        for end in stride(from: 1, through: 2100, by: 7) {
            let truncated = EditableSample(lines: Array(sample.lines.prefix(end)))
            let report = truncated.report
            #expect(report.findings.allSatisfy { !$0.message.isEmpty })
        }
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
