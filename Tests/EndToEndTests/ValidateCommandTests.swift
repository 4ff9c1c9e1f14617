import BudgetBatch
import BudgetCore
import Foundation
import Testing
import TestSupport
import XlsxReaderKit

/// `validate`, `convert --strict` and the findings report as a clerk meets them.
@Suite(.serialized) struct ValidateCommandTests {
    static func write(_ text: String, name: String) throws -> URL {
        let url = try TemporaryFolder.make().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// The sample with 2080102's 合计 in 收入总表 (line 319) changed from 5.95 to 6.95.
    static func changedSample() throws -> String {
        var lines = try SampleExport.lines()
        #expect(lines[318] == "\t5.95")
        lines[318] = "\t6.95"
        return lines.joined(separator: "\n")
    }

    @Test func consistentSampleExitsZeroAndReportsTheNarrativeFigure() throws {
        let result = try CLI.run(["validate", SampleExport.url.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("000_dcbc594b2af559b5.txt (316平乡县人力资源和社会保障局): 0 table finding(s), 1 in 情况说明"))
        #expect(result.stdout.contains(":2075: [说明] 情况说明"))
        #expect(result.stdout.contains("expected 15415.77, found 15385.49 (difference -30.28)"))
    }

    /// validate takes any inputs convert takes: two files of the same name in two folders
    /// are both checked, each reported under the path it was given.
    @Test func sameFileNameInTwoFoldersIsCheckedTwice() throws {
        let root = try TemporaryFolder.make()
        for (folder, text) in [("a", try SampleExport.text()), ("b", try Self.changedSample())] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: root.appendingPathComponent("\(folder)/x.txt"))
        }
        let a = root.appendingPathComponent("a/x.txt").path, b = root.appendingPathComponent("b/x.txt").path
        let result = try CLI.run(["validate", a, b])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(a) (316平乡县人力资源和社会保障局): 0 table finding(s), 1 in 情况说明"))
        #expect(result.stdout.contains("\(b) (316平乡县人力资源和社会保障局): 4 table finding(s), 1 in 情况说明"))
    }

    @Test func changedAmountExitsOneAndNamesTheCell() throws {
        let url = try Self.write(try Self.changedSample(), name: "changed.txt")
        let result = try CLI.run(["validate", url.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("changed.txt:319: [表] 部门预算收入总表 › 序号5 2080102 一般行政管理事务 › 合计"))
        let json = try CLI.run(["validate", url.path, "--json"])
        #expect(json.status == 1)
        let record = try JSONDecoder().decode(ValidationRecord.self, from: Data(json.stdout.utf8))
        #expect(record.report.hasTableFindings)
        #expect(record.report.tableFindings.contains { $0.line == 319 && $0.found == "6.95" && $0.expected == "5.95" })
    }

    @Test func strictConvertFailsTheDocumentButKeepsItsWorkbookAndWritesTheReport() throws {
        let url = try Self.write(try Self.changedSample(), name: "changed.txt")
        let output = url.deletingLastPathComponent().appendingPathComponent("out")
        let lenient = try CLI.run(["convert", url.path, "-o", output.path])
        #expect(lenient.status == 0)
        let strict = try CLI.run(["convert", url.path, "-o", output.path, "--strict", "--force"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("— failed: 4 table finding(s) (--strict)"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("changed.xlsx").path))

        let report = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("校验报告.xlsx"))
        let sheet = try #require(report.sheets.first)
        #expect(sheet.rowTexts(2) == ["文件", "单位", "类别", "表", "序号", "科目编码", "项目", "栏目", "校验关系", "应为", "实为", "差额", "行号", "说明"])
        #expect(sheet.maxRow == 2 + 5)  // 4 table findings + the narrative one
        let row = try #require((3...sheet.maxRow).first { sheet.cell(row: $0, column: 12)?.text == "319" })
        #expect(sheet.cell(row: row, column: 0)?.text == "changed.txt")
        #expect(sheet.cell(row: row, column: 5)?.text == "2080102")
        #expect(sheet.cell(row: row, column: 10)?.number == 6.95 && sheet.cell(row: row, column: 10)?.style.numberFormat == "#,##0.00")
        #expect(sheet.frozenRows == 3)
    }

    @Test func validationNeverAltersTheWorkbook() throws {
        let url = try Self.write(try Self.changedSample(), name: "changed.txt")
        let output = url.deletingLastPathComponent().appendingPathComponent("out")
        #expect(try CLI.run(["convert", url.path, "-o", output.path]).status == 0)
        let book = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("changed.xlsx"))
        #expect(book.sheet(named: "收入总表")?["D10"]?.number == 6.95)
    }
}

private struct ValidationRecord: Decodable {
    var input: String
    var unit: String
    var report: ValidationReport
}
