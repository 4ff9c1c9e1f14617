import BudgetBatch
import Foundation
import Testing
import TestSupport
import XlsxReaderKit

/// Published PDFs and saved web pages through the command line: converted like any export,
/// recorded with their shape and reader, proved faithful by verify, refused clearly when bad.
@Suite(.serialized) struct StructuredShapeCommandTests {
    static let samples = SampleExport.url.deletingLastPathComponent()

    @Test func pdfsAndAWebPageConvertVerifyAndValidateLikeTheirTextExports() throws {
        let output = try TemporaryFolder.make().appendingPathComponent("out")
        let run = try CLI.run(["convert", Self.samples.appendingPathComponent("pdf").path,
                               Self.samples.appendingPathComponent("html").path, "-o", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("jiangsu_zhengxie_2019.pdf: 12 tables"))
        #expect(run.stdout.contains("shanghai_putuo_wanli_2024.pdf: 9 tables"))
        #expect(run.stdout.contains("FUJIAN_PINGTAN-ZHONGLOUXIANG_SANGONG-JAN_2018.html: 1 tables"))
        let records = try ManifestStore.load(output.appendingPathComponent("manifest.jsonl"))
        #expect(records.map { $0.shape ?? "" } == ["html", "pdf", "pdf", "pdf"])
        #expect(records.filter { $0.shape == "pdf" }.allSatisfy { $0.reader?.hasPrefix("mutool version ") == true })
        for (book, source) in [("pdf/jiangsu_zhengxie_2019.xlsx", "pdf/jiangsu_zhengxie_2019.pdf"),
                               ("pdf/shanghai_putuo_wanli_2024.xlsx", "pdf/shanghai_putuo_wanli_2024.pdf"),
                               ("html/FUJIAN_PINGTAN-ZHONGLOUXIANG_SANGONG-JAN_2018.xlsx",
                                "html/FUJIAN_PINGTAN-ZHONGLOUXIANG_SANGONG-JAN_2018.html")] {
            let verify = try CLI.run(["verify", output.appendingPathComponent(book).path,
                                      "--source", Self.samples.appendingPathComponent(source).path])
            #expect(verify.status == 0, "\(book): \(verify.stdout)")
        }
        // Amounts display as printed: the Shanghai PDF prints whole 元 with separators.
        let shanghai = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("pdf/shanghai_putuo_wanli_2024.xlsx"))
        let income = try #require(shanghai.sheets.first { $0.name == "收入总表" })
        let amounts = income.cells.values.filter { $0.kind == .number && $0.text == "2932700" }
        #expect(!amounts.isEmpty && amounts.allSatisfy { $0.style.numberFormat == "#,##0" }, "\(amounts)")
        // The same validation result as from the text exports.
        for name in ["jiangsu_zhengxie_2019", "shanghai_putuo_wanli_2024"] {
            let fromPDF = try CLI.run(["validate", Self.samples.appendingPathComponent("pdf/\(name).pdf").path, "--json"])
            let fromText = try CLI.run(["validate", Self.samples.appendingPathComponent("\(name).txt").path, "--json"])
            let pdf = try JSONDecoder().decode(ValidationRecordProbe.self, from: Data(fromPDF.stdout.utf8))
            let text = try JSONDecoder().decode(ValidationRecordProbe.self, from: Data(fromText.stdout.utf8))
            #expect(pdf.report.findings.map(\.identity) == text.report.findings.map(\.identity), "\(name)")
            #expect(pdf.report.findings.map(\.found) == text.report.findings.map(\.found), "\(name)")
        }
    }

    @Test func aBrokenPDFFailsNamingTheFileAndTheBatchGoesOn() throws {
        let folder = try TemporaryFolder.make()
        let pdf = try Data(contentsOf: Self.samples.appendingPathComponent("pdf/jiangsu_zhengxie_2019.pdf"))
        try pdf.prefix(pdf.count / 2).write(to: folder.appendingPathComponent("cut.pdf"))
        try Data(try SampleExport.bytes()).write(to: folder.appendingPathComponent("ok.txt"))
        let run = try CLI.run(["convert", folder.path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: cut.pdf: "), "\(run.stderr)")
        #expect(run.stderr.contains("summary: converted 1, skipped 0, failed 1"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/cut.xlsx").path))
        let alone = try CLI.run(["convert", folder.appendingPathComponent("cut.pdf").path, "-o", folder.appendingPathComponent("o2").path])
        #expect(alone.status == 65)
    }
}

/// The part of validate's JSON line these tests read.
struct ValidationRecordProbe: Decodable {
    struct Report: Decodable {
        struct Finding: Decodable {
            var identity: String
            var found: String
        }
        var findings: [Finding]
    }
    var report: Report
}
