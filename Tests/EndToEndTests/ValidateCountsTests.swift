import BudgetCore
import Foundation
import Testing
import TestSupport

/// `validate` says how many checks ran and which were skipped and why, in text and JSON.
@Suite(.serialized) struct ValidateCountsTests {
    static let jiangsu = SampleExport.url.deletingLastPathComponent().appendingPathComponent("jiangsu_zhengxie_2019.txt")

    @Test func textReportCountsChecksAndNamesSkippedOnes() throws {
        let result = try CLI.run(["validate", Self.jiangsu.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("jiangsu_zhengxie_2019.txt (江苏省政协办公厅): consistent, no finding ("))
        #expect(result.stdout.contains(" check(s) run, 2 skipped)"))
        #expect(result.stdout.contains("note: 财政拨款收支总表 国有资本经营 类 = 国有资本经营支出表 类: skipped, 国有资本经营支出表 absent"))
    }

    @Test func jsonReportCountsChecksRunAndSkipped() throws {
        let result = try CLI.run(["validate", Self.jiangsu.path, "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let report = try #require(object["report"] as? [String: Any])
        #expect((report["checksRun"] as? Int ?? 0) >= 90)
        #expect(report["checksSkipped"] as? Int == 2)
    }
}
