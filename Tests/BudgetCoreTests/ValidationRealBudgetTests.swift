import Foundation
import Testing
@testable import BudgetCore

extension EditableSample {
    /// Another export of `Samples/`, editable like the sample.
    static func load(named name: String) throws -> EditableSample {
        let url = EditableSample.url.deletingLastPathComponent().appendingPathComponent(name)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return EditableSample(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// Replaces the cell on `line` (1-based), which must hold `old`.
    mutating func change(line: Int, from old: String, to new: String) {
        #expect(lines[line - 1] == "\t" + old, "line \(line) holds \(lines[line - 1])")
        lines[line - 1] = "\t" + new
    }
}

/// A finding as a test states it: table title, row code and label, column, identity, expected,
/// found, line.
struct PreciseFinding: Hashable, CustomStringConvertible {
    var table: String
    var code: String
    var label: String
    var column: String
    var identity: String
    var expected: String
    var found: String
    var line: Int

    init(_ table: String, code: String = "", label: String = "", column: String, identity: String,
         expected: String, found: String, line: Int) {
        self.table = table
        self.code = code
        self.label = label
        self.column = column
        self.identity = identity
        self.expected = expected
        self.found = found
        self.line = line
    }

    init(_ finding: Finding) {
        self.init(finding.table, code: finding.rowCode, label: finding.rowLabel, column: finding.column,
                  identity: finding.identity, expected: finding.expected, found: finding.found, line: finding.line)
    }

    var description: String {
        "\(table) \(code) \(label) 「\(column)」 \(identity): expected \(expected), found \(found), line \(line)"
    }
}

extension ValidationReport {
    var preciseTableFindings: Set<PreciseFinding> { Set(tableFindings.map(PreciseFinding.init)) }
}

/// The validator on two real budgets of other provinces (Samples/): Shanghai 2024 (元, split
/// 类 | 款 | 项 codes, 合计 last, 3-row headers) and Jiangsu 2019 (万元, 7-digit codes with 合计
/// first, tables the sample lacks). Each is correct but for the printed defects; one changed
/// amount in any kind of table is caught with the exact finding.
@Suite struct ValidationRealBudgetTests {
    static let shanghai = "shanghai_putuo_wanli_2024.txt"
    static let jiangsu = "jiangsu_zhengxie_2019.txt"
    static let shanghaiBasic = "2024年部门一般公共预算基本支出部门预算经济分类预算表"

    /// The two 款 codes printed `2` and `7` (30102 津贴补贴, 30107 绩效工资): one finding each.
    static let printedDefects: Set<PreciseFinding> = [
        PreciseFinding(shanghaiBasic, code: "30102", label: "津贴补贴", column: "款", identity: "款 code has 2 digits",
                       expected: "02", found: "2", line: 2069),
        PreciseFinding(shanghaiBasic, code: "30107", label: "绩效工资", column: "款", identity: "款 code has 2 digits",
                       expected: "07", found: "7", line: 2076),
    ]

    @Test func shanghaiHasOnlyThePrintedCodeDefects() throws {
        let report = try EditableSample.load(named: Self.shanghai).report
        #expect(report.preciseTableFindings == Self.printedDefects)
        #expect(report.tableFindings.count == 2)
        // The 三公 table's note says it is empty although it has figures: one finding of the
        // text severity, at its first figure.
        let note = try #require(report.narrativeFindings.first)
        #expect(report.narrativeFindings.count == 1)
        #expect(PreciseFinding(note) == PreciseFinding("部门“三公”经费和机关运行经费预算表", column: "合计",
                                                       identity: "注 本表为空表 = no figures", expected: "0.00",
                                                       found: "47.91", line: 2300))
        #expect(note.message.contains("line 2309"))
        #expect(report.skipped.isEmpty)
        #expect(report.checksRun > 700)
        let defect = try #require(report.tableFindings.first)
        #expect(defect.message.contains("printed “2”") && defect.message.contains("30102"))
    }

    @Test func jiangsuIsConsistentAndChecked() throws {
        let report = try EditableSample.load(named: Self.jiangsu).report
        #expect(report.findings.isEmpty)
        #expect(report.checksRun >= 90)
        // Only the 国有资本经营 table is absent (and has no line in the 财政拨款收支总表).
        #expect(report.skipped.map(\.identity) == ["财政拨款收支总表 国有资本经营 本年支出合计 = 国有资本经营支出表 合计",
                                                    "财政拨款收支总表 国有资本经营 类 = 国有资本经营支出表 类"])
        #expect(report.skipped.allSatisfy { $0.reason == "国有资本经营支出表 absent" })
    }

    /// Child rows printing only their 款 or 项 part take the rest from the rows above.
    @Test(arguments: [false, true])
    func splitCodesPrintedOnlyAsTheirLowerParts(dropItemToo: Bool) throws {
        var sample = try EditableSample.load(named: Self.shanghai)
        let table = try #require(sample.document.tables.first { $0.kind == .incomeSummary })
        for row in table.dataRows where row.count == 9 && !row.cells[1].isEmpty {
            sample.lines[row.cells[0].line - 1] = "\t"
            if dropItemToo, !row.cells[2].isEmpty { sample.lines[row.cells[1].line - 1] = "\t" }
        }
        let report = sample.report
        #expect(report.preciseTableFindings == Self.printedDefects)
        #expect(report.skipped.isEmpty)
        // The per-code comparison with 支出总表 still finds every code.
        var changed = sample
        changed.change(line: 403, from: "4,608,515", to: "4,608,516")
        #expect(changed.report.tableFindings.contains {
            $0.rowCode == "2080505" && $0.identity == "支出总表 合计 per code = 收入总表 合计 per code"
        })
    }

    /// A combined code printed with a wrong length (`7` where the 类 208 was meant, `2085` for
    /// the 款 20805): one finding naming the reading the rows after it imply, no cascade.
    @Test(arguments: [(338, "208", "7", 3), (342, "20805", "2085", 5)])
    func combinedCodeMisprinted(line: Int, code: String, printed: String, digits: Int) throws {
        var sample = try EditableSample.load(named: Self.jiangsu)
        let checks = sample.report.checksRun
        sample.change(line: line, from: code, to: printed)
        let report = sample.report
        let label = line == 338 ? "社会保障和就业支出" : "行政事业单位离退休"
        #expect(report.preciseTableFindings == [
            PreciseFinding("财政拨款支出预算表（功能科目）", code: code, label: label, column: "功能科目编码",
                           identity: "科目编码 code has \(digits) digits", expected: code, found: printed, line: line),
        ])
        #expect(report.tableFindings.first?.message.contains("read as \(code)") == true)
        #expect(report.checksRun == checks + 1)
    }

    /// A split 类 printed `7` where 210 was meant: one finding, read from the 款 rows under it.
    @Test func splitClassMisprinted() throws {
        var sample = try EditableSample.load(named: Self.shanghai)
        sample.change(line: 509, from: "210", to: "7")
        let report = sample.report
        #expect(report.preciseTableFindings.subtracting(Self.printedDefects) == [
            PreciseFinding("2024年部门收入预算总表", code: "210", label: "卫生健康支出", column: "类",
                           identity: "类 code has 3 digits", expected: "210", found: "7", line: 509),
        ])
        #expect(report.tableFindings.count == 3)
    }

    struct Change: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var old: String
        var new: String
        var findings: [PreciseFinding]
        var testDescription: String { "\(file):\(line) \(old) → \(new)" }
    }

    static let changes: [Change] = [
        // Shanghai 收入总表 (code table, split codes): the leaf's row and its 款, and both tables
        // listing the same codes.
        Change(file: shanghai, line: 403, old: "4,608,515", new: "4,608,516", findings: [
            PreciseFinding("2024年部门收入预算总表", code: "20805", label: "行政事业单位养老支出", column: "合计",
                           identity: "款 = Σ项", expected: "7234971.00", found: "7234970.00", line: 373),
            PreciseFinding("2024年部门收入预算总表", code: "2080505", label: "机关事业单位基本养老保险缴费支出", column: "合计",
                           identity: "合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入",
                           expected: "4608515.00", found: "4608516.00", line: 403),
            PreciseFinding("2024年部门支出预算总表", code: "2080505", label: "机关事业单位基本养老保险缴费支出", column: "合计",
                           identity: "支出总表 合计 per code = 收入总表 合计 per code",
                           expected: "4608516.00", found: "4608515.00", line: 1033),
            PreciseFinding("2024年部门一般公共预算支出功能分类预算表", code: "2080505", label: "机关事业单位基本养老保险缴费支出",
                           column: "合计", identity: "一般公共预算支出表 合计 per code = 收入总表 合计 per code",
                           expected: "4608516.00", found: "4608515.00", line: 1687),
        ]),
        // Shanghai 一般公共预算支出表: 基本支出 of a 项.
        Change(file: shanghai, line: 1840, old: "16,353,248", new: "16,353,249", findings: [
            PreciseFinding("2024年部门一般公共预算支出功能分类预算表", code: "21201", label: "城乡社区管理事务", column: "基本支出",
                           identity: "款 = Σ项", expected: "76609001.00", found: "76609000.00", line: 1832),
            PreciseFinding("2024年部门一般公共预算支出功能分类预算表", code: "2120101", label: "行政运行", column: "合计",
                           identity: "合计 = 基本支出 + 项目支出", expected: "16603249.00", found: "16603248.00", line: 1839),
        ]),
        // Shanghai 收支总表: a spending line.
        Change(file: shanghai, line: 16, old: "2,932,700", new: "2,932,701", findings: [
            PreciseFinding("2024年部门财务收支预算总表", label: "一、一般公共服务支出", column: "预算数",
                           identity: "收支总表 支出类 = 支出总表 类", expected: "2932700.00", found: "2932701.00", line: 16),
            PreciseFinding("2024年部门财务收支预算总表", label: "支出总计", column: "预算数",
                           identity: "支出总计 = Σ支出项目", expected: "156211124.00", found: "156211123.00", line: 61),
        ]),
        // Shanghai 财政拨款收支总表: the 一般公共预算 cell of a spending line.
        Change(file: shanghai, line: 1337, old: "2,932,700", new: "2,932,701", findings: [
            PreciseFinding("2024年部门财政拨款收支预算总表", label: "一、一般公共服务支出", column: "合计",
                           identity: "合计 = 一般公共预算 + 政府性基金 + 国有资本经营",
                           expected: "2932701.00", found: "2932700.00", line: 1336),
            PreciseFinding("2024年部门财政拨款收支预算总表", label: "一、一般公共服务支出", column: "一般公共预算",
                           identity: "财政拨款收支总表 一般公共预算 类 = 一般公共预算支出表 类",
                           expected: "2932700.00", found: "2932701.00", line: 1337),
            PreciseFinding("2024年部门财政拨款收支预算总表", label: "支出总计", column: "一般公共预算",
                           identity: "支出总计 = Σ支出项目", expected: "156211124.00", found: "156211123.00", line: 1409),
        ]),
        // Shanghai 基本支出表 (经济分类, 类 | 款).
        Change(file: shanghai, line: 2064, old: "5,873,551", new: "5,873,552", findings: [
            PreciseFinding(shanghaiBasic, code: "301", label: "工资福利支出", column: "合计",
                           identity: "类 = Σ款", expected: "88282512.00", found: "88282511.00", line: 2057),
            PreciseFinding(shanghaiBasic, code: "30101", label: "基本工资", column: "合计",
                           identity: "合计 = 人员经费 + 公用经费", expected: "5873551.00", found: "5873552.00", line: 2064),
        ]),
        // Shanghai 三公 table (万元): 公务接待费, then 运行费 under 公务用车.
        Change(file: shanghai, line: 2302, old: "1.35", new: "2.35", findings: [
            PreciseFinding("部门“三公”经费和机关运行经费预算表", column: "合计",
                           identity: "合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
                           expected: "48.91", found: "47.91", line: 2300),
        ]),
        Change(file: shanghai, line: 2305, old: "21.56", new: "22.56", findings: [
            PreciseFinding("部门“三公”经费和机关运行经费预算表", column: "公务用车购置及运行费 小计",
                           identity: "公务用车购置及运行费 小计 = 购置费 + 运行费",
                           expected: "47.56", found: "46.56", line: 2303),
        ]),
        // Jiangsu 财政拨款支出表（功能科目）: a 项; the 一般公共预算 table lists the same codes.
        Change(file: jiangsu, line: 320, old: "5,223.22", new: "5,224.22", findings: [
            PreciseFinding("财政拨款支出预算表（功能科目）", code: "20102", label: "政协事务", column: "金额",
                           identity: "款 = Σ项", expected: "10192.56", found: "10191.56", line: 316),
            PreciseFinding("一般公共预算支出预算表（功能科目）", code: "2010201", label: "行政运行", column: "金额",
                           identity: "一般公共预算支出预算表（功能科目） per code = 财政拨款支出预算表（功能科目） per code",
                           expected: "5224.22", found: "5223.22", line: 512),
        ]),
        // Jiangsu 一般公共预算基本支出表（经济科目）.
        Change(file: jiangsu, line: 598, old: "45.33", new: "46.33", findings: [
            PreciseFinding("一般公共预算基本支出预算表（经济科目）", code: "301", label: "工资福利支出", column: "金额",
                           identity: "类 = Σ款", expected: "4368.96", found: "4367.96", line: 582),
            PreciseFinding("一般公共预算基本支出预算表（经济科目）", code: "30107", label: "绩效工资", column: "金额",
                           identity: "一般公共预算基本支出预算表（经济科目） per code = 财政拨款基本支出预算表（经济科目） per code",
                           expected: "45.33", found: "46.33", line: 598),
        ]),
        // Jiangsu 收支预算总表: a 功能分类 line (its 当年支出小计 spans three columns).
        Change(file: jiangsu, line: 73, old: "858.51", new: "859.51", findings: [
            PreciseFinding("收支预算总表", label: "当年支出小计", column: "金额", identity: "当年支出小计 = Σ支出项目",
                           expected: "13378.11", found: "13377.11", line: 166),
        ]),
        // Jiangsu 收入预算总表: sources as rows under 小计.
        Change(file: jiangsu, line: 202, old: "13,297.11", new: "13,298.11", findings: [
            PreciseFinding("收入预算总表", label: "一般公共预算资金", column: "金额", identity: "一般公共预算资金 小计 = Σ其下各项",
                           expected: "13298.11", found: "13297.11", line: 198),
        ]),
        // Jiangsu 支出预算总表 (one row) against the 收支预算总表 支出用途 lines.
        Change(file: jiangsu, line: 253, old: "6,522.75", new: "6,523.75", findings: [
            PreciseFinding("收支预算总表", label: "一、基本支出", column: "金额", identity: "收支总表 基本支出 = 支出总表 基本支出",
                           expected: "6523.75", found: "6522.75", line: 26),
            PreciseFinding("支出预算总表", column: "合计", identity: "合计 = 基本支出 + 项目支出 + 单位预留机动经费 + 结转下年资金",
                           expected: "13378.11", found: "13377.11", line: 252),
        ]),
        // Jiangsu 财政拨款收支预算总表: 基本支出 against the 财政拨款基本支出表.
        Change(file: jiangsu, line: 279, old: "6,442.75", new: "6,443.75", findings: [
            PreciseFinding("财政拨款收支预算总表", label: "一、基本支出", column: "金额",
                           identity: "财政拨款收支总表 基本支出 = 财政拨款基本支出预算表（经济科目） 合计",
                           expected: "6442.75", found: "6443.75", line: 279),
            PreciseFinding("财政拨款收支预算总表", label: "支出合计", column: "金额", identity: "支出合计 = Σ支出项目",
                           expected: "13298.11", found: "13297.11", line: 294),
        ]),
        // Jiangsu 三公/会议费/培训费 (3-level header): 会议费, then 公务用车运行维护费.
        Change(file: jiangsu, line: 716, old: "1,282.56", new: "1,283.56", findings: [
            PreciseFinding("“三公”经费、会议费、培训费支出预算表", column: "合计", identity: "合计 = “三公”经费 + 会议费 + 培训费",
                           expected: "2225.43", found: "2224.43", line: 709),
        ]),
        Change(file: jiangsu, line: 714, old: "156.60", new: "157.60", findings: [
            PreciseFinding("“三公”经费、会议费、培训费支出预算表", column: "公务用车购置及运行维护费 小计",
                           identity: "公务用车购置及运行维护费 小计 = 公务用车购置费 + 公务用车运行维护费",
                           expected: "157.60", found: "156.60", line: 712),
        ]),
    ]

    @Test(arguments: changes)
    func oneChangedAmountIsCaught(_ change: Change) throws {
        var sample = try EditableSample.load(named: change.file)
        let before = sample.report.preciseTableFindings
        sample.change(line: change.line, from: change.old, to: change.new)
        let report = sample.report
        #expect(report.preciseTableFindings.subtracting(before) == Set(change.findings))
        #expect(report.preciseTableFindings.isSuperset(of: before))
    }

    /// The sample's 三公 table is empty (its note says so): a figure written into it is caught
    /// by its 合计 = Σ fund columns, and the note is flagged as text.
    @Test func hebeiThreePublicTableFilledIn() throws {
        var sample = try EditableSample.load()
        sample.change(line: 2026, from: "", to: "因公出国（境）费")
        sample.change(line: 2027, from: "", to: "1.00")
        let report = sample.report
        let title = "部门预算财政拨款“三公”经费支出表"
        #expect(report.preciseTableFindings == [
            PreciseFinding(title, label: "因公出国（境）费", column: "合计",
                           identity: "合计 = 一般公共预算财政拨款 + 政府性基金预算拨款 + 国有资本经营预算财政拨款",
                           expected: "0.00", found: "1.00", line: 2027),
        ])
        #expect(report.narrativeFindings.map(\.identity) == ["注 本表为空表 = no figures", ValidationSampleTests.narrativeIdentity])
        #expect(report.skipped.isEmpty)
    }

    @Test func jsonReportCountsChecksRunAndSkipped() throws {
        let report = try EditableSample.load(named: Self.jiangsu).report
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["checksRun"] as? Int == report.checksRun)
        #expect(object["checksSkipped"] as? Int == 2)
        #expect((object["skipped"] as? [[String: Any]])?.count == 2)
        let decoded = try JSONDecoder().decode(ValidationReport.self, from: data)
        #expect(decoded == report)
        // A report written before the counts existed still reads.
        let old = try JSONDecoder().decode(ValidationReport.self, from: Data(#"{"findings":[],"skipped":[]}"#.utf8))
        #expect(old.checksRun == 0)
    }
}
