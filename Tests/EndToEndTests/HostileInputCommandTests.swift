import Foundation
import Testing
import TestSupport
import XlsxReaderKit
import ZIPFoundation

/// Every hostile or broken file of the structured shapes, through the command line: the
/// message naming the file (and the page where one is to blame), exit 65 (README, "Exit
/// codes": the input cannot be read as a budget), no workbook, and the rest of a batch still
/// converted.
@Suite(.serialized) struct HostileInputCommandTests {
    static let samples = SampleExport.url.deletingLastPathComponent()

    /// Converts the one file `name` holding `bytes` and returns what the command said, after
    /// checking that it failed with 65 and wrote no workbook.
    static func refused(_ name: String, _ bytes: Data, arguments: [String] = [], environment: [String: String] = [:],
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent(name)
        try bytes.write(to: input)
        let output = folder.appendingPathComponent("out")
        let run = try CLI.run(["convert", input.path, "-o", output.path] + arguments, environment: environment)
        #expect(run.status == 65, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains("summary: converted 0, skipped 0, failed 1"), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(workbooks(in: output).isEmpty, sourceLocation: sourceLocation)
        return run.stderr
    }

    /// Every document's .xlsx below a folder, by relative path (the run's reports, the roll-up
    /// 汇总.xlsx and the findings 校验报告.xlsx, are not documents).
    static func workbooks(in folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".xlsx") && $0 != "汇总.xlsx" && $0 != "校验报告.xlsx" }.sorted()
    }

    /// A `mutool` that hangs, or crashes on drawing, put first on PATH.
    static func fakeTool(_ body: String) throws -> [String: String] {
        let folder = try TemporaryFolder.make()
        let tool = folder.appendingPathComponent("mutool")
        try ("#!/bin/sh\n" + body + "\n").write(to: tool, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        return ["PATH": folder.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
    }

    static let hangingTool = "exec sleep 60"
    static let crashingTool = "case \"$1\" in -v) echo \"mutool version 0.0\" >&2 ;; *) kill -SEGV $$ ;; esac"

    /// The Jiangsu sample encrypted with a user password, by mutool itself.
    static func makeEncryptedPDF() throws -> Data {
        let folder = try TemporaryFolder.make()
        let output = folder.appendingPathComponent("locked.pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/mutool")
        process.arguments = ["clean", "-E", "aes-256", "-U", "secret", "-O", "owner",
                             samples.appendingPathComponent("pdf/jiangsu_zhengxie_2019.pdf").path, output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: output)
    }

    static func makeTruncatedPDF() throws -> Data {
        try Data(contentsOf: samples.appendingPathComponent("pdf/shanghai_putuo_wanli_2024.pdf")).prefix(100_000)
    }

    // MARK: Word documents and web pages

    @Test func docxEntityBomb() throws {
        let stderr = try Self.refused("bomb.docx", HostileFiles.docxEntityBomb())
        #expect(stderr.contains("error: bomb.docx: word/document.xml: byte 56: declares a DTD or entities (<!DOCTYPE/<!ENTITY); a Word document has none, refused as a possible entity bomb\n"), "\(stderr)")
    }

    @Test func docxZipBomb() throws {
        let data = try HostileFiles.docxZipBomb()
        let entry = try #require(try Archive(data: data, accessMode: .read)["word/document.xml"])
        let ratio = entry.uncompressedSize / entry.compressedSize
        let stderr = try Self.refused("zipbomb.docx", data)
        #expect(stderr.contains("error: zipbomb.docx: word/document.xml: compresses \(ratio):1 (\(entry.compressedSize) bytes to \(entry.uncompressedSize)), over the limit of 100:1; possible zip bomb\n"), "\(stderr)")
    }

    @Test func docxWhoseMemberLiesAboutItsSize() throws {
        let stderr = try Self.refused("lies.docx", HostileFiles.docxLyingAboutItsSize())
        #expect(stderr.contains("error: lies.docx: word/document.xml: inflates past its declared size of 100 bytes (the zip lies about its size)\n"), "\(stderr)")
    }

    @Test func htmlNestedTenThousandLevels() throws {
        let stderr = try Self.refused("deep.html", HostileFiles.htmlNested(10_000))
        #expect(stderr.contains("error: deep.html: line 1: the HTML parser stopped: elements nested more than 256 deep, refused as hostile or broken markup\n"), "\(stderr)")
    }

    @Test func htmlHugeSpans() throws {
        let wide = try Self.refused("wide.html", HostileFiles.htmlHugeColspan)
        #expect(wide.contains("error: wide.html: line 2: a cell has colspan 100000, over the limit of 1000\n"), "\(wide)")
        let tall = try Self.refused("tall.html", HostileFiles.htmlHugeRowspan)
        #expect(tall.contains("error: tall.html: line 3: a cell has rowspan 99999999999, over the limit of 1000\n"), "\(tall)")
    }

    /// The Fujian page with its table put inside a layout table, beside a hidden table, with a
    /// hidden row and hidden text: the same workbook as the page itself, nothing hidden in it.
    @Test func nestedTablesAndHiddenElementsGiveTheVisibleTableOnly() throws {
        let name = "FUJIAN_PINGTAN-ZHONGLOUXIANG_SANGONG-JAN_2018"
        let page = try String(contentsOf: Self.samples.appendingPathComponent("html/\(name).html"), encoding: .utf8)
        let tableStart = "<table class=\"MsoNormalTable\"", tableEnd = "</tbody></table>"
        let secondRow = "<tr style=\"mso-yfti-irow:1;height:30.0pt\">"
        #expect(page.components(separatedBy: tableStart).count == 2 && page.components(separatedBy: secondRow).count == 2)
        let hiddenTable = "<div style=\"display: none\"><table><tr><td>项目</td><td>金额</td></tr><tr><td>隐藏的表</td><td>9.00</td></tr></table></div>"
        let hostile = page
            .replacingOccurrences(of: tableStart, with: "<table class=\"layout\"><tr><td>" + hiddenTable + tableStart)
            .replacingOccurrences(of: tableEnd, with: tableEnd + "<span hidden>隐藏的文字</span></td></tr></table>")
            .replacingOccurrences(of: secondRow, with: "<tr style=\"display:none\"><td>隐藏的行</td><td>7</td><td>7</td></tr>" + secondRow)
        let folder = try TemporaryFolder.make()
        try Data(hostile.utf8).write(to: folder.appendingPathComponent("nested.html"))
        let run = try CLI.run(["convert", folder.appendingPathComponent("nested.html").path,
                               Self.samples.appendingPathComponent("html/\(name).html").path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("nested.html: 1 tables"), "\(run.stdout)")
        let nested = try ReadWorkbook.read(contentsOf: folder.appendingPathComponent("out/nested.xlsx"))
        let plain = try ReadWorkbook.read(contentsOf: folder.appendingPathComponent("out/\(name).xlsx"))
        #expect(nested.sheets.map(\.name) == plain.sheets.map(\.name))
        for (one, other) in zip(nested.sheets, plain.sheets) {
            #expect(one.cells.mapValues { "\($0.kind)|\($0.text)" } == other.cells.mapValues { "\($0.kind)|\($0.text)" }, "\(one.name)")
            #expect(one.merges == other.merges, "\(one.name)")
        }
        let texts = nested.sheets.flatMap { $0.cells.values.map(\.text) }
        #expect(!texts.contains { $0.contains("隐藏") })
    }

    // MARK: PDFs

    @Test func encryptedPDF() throws {
        let stderr = try Self.refused("locked.pdf", Self.makeEncryptedPDF())
        #expect(stderr.contains("error: locked.pdf: the PDF is encrypted with a password; open it and save an unprotected copy\n"), "\(stderr)")
    }

    @Test func scannedPDF() throws {
        let stderr = try Self.refused("scan.pdf", TestPDF(pages: [.scan, .scan]).data())
        #expect(stderr.contains("error: scan.pdf: no text layer on any of its 2 pages (only images: a scan); scanned PDFs cannot be read, only PDFs made from a document or spreadsheet\n"), "\(stderr)")
    }

    @Test func truncatedPDF() throws {
        let stderr = try Self.refused("cut.pdf", Self.makeTruncatedPDF())
        #expect(stderr.contains("error: cut.pdf: the PDF is truncated (no %%EOF end marker; 100000 bytes)\n"), "\(stderr)")
    }

    @Test func twoThousandPagePDF() throws {
        let stderr = try Self.refused("long.pdf", TestPDF.numberedPages(2_000).data())
        #expect(stderr.contains("error: long.pdf: more than 1000 pages\n"), "\(stderr)")
    }

    @Test func pageWithAHundredThousandPaths() throws {
        let stderr = try Self.refused("dense.pdf", TestPDF.densePaths(100_000).data())
        #expect(stderr.contains("error: dense.pdf: page 1: more than 50000 drawn paths on one page\n"), "\(stderr)")
    }

    @Test func pdfToolThatHangsIsStopped() throws {
        let pdf = try Data(contentsOf: Self.samples.appendingPathComponent("pdf/jiangsu_zhengxie_2019.pdf"))
        let stderr = try Self.refused("hang.pdf", pdf, arguments: ["--pdf-timeout", "1"], environment: Self.fakeTool(Self.hangingTool))
        #expect(stderr.contains("error: hang.pdf: mutool did not finish in time and was stopped\n"), "\(stderr)")
    }

    @Test func pdfToolThatCrashes() throws {
        let pdf = try Data(contentsOf: Self.samples.appendingPathComponent("pdf/jiangsu_zhengxie_2019.pdf"))
        let stderr = try Self.refused("crash.pdf", pdf, environment: Self.fakeTool(Self.crashingTool))
        #expect(stderr.contains("error: crash.pdf: mutool crashed (status 11) on this PDF\n"), "\(stderr)")
    }

    @Test func pdfTimeoutMustBePositive() throws {
        let run = try CLI.run(["convert", SampleExport.url.path, "--pdf-timeout", "0"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--pdf-timeout must be a positive number of seconds"))
    }

    // MARK: A batch

    /// Every hostile file beside the sample: each fails with its own message, the sample
    /// converts, and the run says 1 (some failed).
    @Test func aBatchOfHostileFilesStillConvertsTheGoodOne() throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let files: [String: Data] = [
            "bomb.docx": try HostileFiles.docxEntityBomb(),
            "zipbomb.docx": try HostileFiles.docxZipBomb(),
            "lies.docx": HostileFiles.docxLyingAboutItsSize(),
            "deep.html": HostileFiles.htmlNested(10_000),
            "wide.html": HostileFiles.htmlHugeColspan,
            "tall.html": HostileFiles.htmlHugeRowspan,
            "locked.pdf": try Self.makeEncryptedPDF(),
            "scan.pdf": TestPDF(pages: [.scan]).data(),
            "cut.pdf": try Self.makeTruncatedPDF(),
            "long.pdf": TestPDF.numberedPages(2_000).data(),
            "dense.pdf": TestPDF.densePaths(100_000).data(),
            "good.txt": Data(try SampleExport.bytes()),
        ]
        for (name, data) in files { try data.write(to: input.appendingPathComponent(name)) }
        let output = folder.appendingPathComponent("out")
        let run = try CLI.run(["convert", input.path, "-o", output.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("summary: converted 1, skipped 0, failed 11"), "\(run.stderr)")
        for name in files.keys where name != "good.txt" {
            #expect(run.stderr.contains("error: \(name): "), "\(name): \(run.stderr)")
        }
        #expect(run.stderr.contains("error: dense.pdf: page 1: "))
        #expect(Self.workbooks(in: output) == ["good.xlsx"])

        // A tool that crashes on one PDF does not stop the text beside it.
        let crashed = try CLI.run(["convert", SampleExport.url.path,
                                   Self.samples.appendingPathComponent("pdf/jiangsu_zhengxie_2019.pdf").path,
                                   "-o", folder.appendingPathComponent("out2").path],
                                  environment: Self.fakeTool(Self.crashingTool))
        #expect(crashed.status == 1)
        #expect(crashed.stderr.contains("error: jiangsu_zhengxie_2019.pdf: mutool crashed"), "\(crashed.stderr)")
        #expect(Self.workbooks(in: folder.appendingPathComponent("out2")) == [SampleExport.fileName.replacingOccurrences(of: ".txt", with: ".xlsx")])
    }
}
