import BudgetBatch
import BudgetCore
import Foundation
import SpreadsheetModel
import Hummingbird
import HummingbirdTesting
import Testing
import XlsxReaderKit
import ZIPFoundation
@testable import BudgetServer

@Suite("serve: page, conversion, previews and downloads")
struct ConversionRouteTests {
    @Test("GET / is the page: file input as the base, folder and drop, and nothing fetched from elsewhere")
    func page() async throws {
        try await TestServer().run { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let html = response.text
            #expect(html.contains("<input type=\"file\" id=\"files\" name=\"files\" multiple>"))
            #expect(html.contains("webkitdirectory"))
            #expect(html.contains("addEventListener(\"drop\""))
            #expect(html.contains("选择文件") && html.contains("Choose files"))
            #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.text == "ok")
        }
    }

    @Test("the sample converts: 情况说明 finding, the same workbook bytes as convert, preview with merges, reports")
    func sample() async throws {
        let expectedFolder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-expected-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: expectedFolder) }
        let expected = DocumentProcessor(options: .init(outputDirectory: expectedFolder)).process(
            ConversionJob(input: Fixture.sampleURL, relativePath: Fixture.sampleName,
                          output: expectedFolder.appendingPathComponent("000_dcbc594b2af559b5.xlsx")), previous: nil)
        let expectedBytes = try Data(contentsOf: expectedFolder.appendingPathComponent("000_dcbc594b2af559b5.xlsx"))

        try await TestServer().run { client in
            let (id, status) = try await client.convertOne(try Fixture.sample(), name: Fixture.sampleName)
            #expect(status.total == 1 && status.finished == 1)
            let document = try #require(status.documents.first)
            #expect(document.state == "converted")
            #expect(document.name == Fixture.sampleName)
            #expect(document.tables == expected.tables)
            #expect(document.error == nil)
            let narrative = document.findings.filter { $0.kind == "narrative" }
            #expect(narrative.map { [$0.found, $0.expected] } == [["15385.49", "15415.77"]])
            #expect(narrative.first?.line == expected.findings.first { $0.severity == .narrative }?.line)
            #expect(narrative.first.map { $0.line > 0 && $0.table == "情况说明" && $0.row == "部门全年预算数" } == true)

            let link = try #require(document.workbooks.first)
            #expect(link.name == "000_dcbc594b2af559b5.xlsx")
            #expect(link.url == "/batches/\(id)/files/000_dcbc594b2af559b5.xlsx")
            let workbook = try await client.execute(uri: link.url, method: .get)
            #expect(workbook.status == .ok)
            #expect(workbook.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(workbook.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(workbook.data == expectedBytes)

            let downloaded = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).xlsx")
            defer { try? FileManager.default.removeItem(at: downloaded) }
            try workbook.data.write(to: downloaded)
            let read = try ReadWorkbook.read(contentsOf: downloaded)
            let planned = try ConversionPipeline.run([UInt8](Data(contentsOf: Fixture.sampleURL)), sourceName: Fixture.sampleName).departments[0].layout
            #expect(read.sheets.map(\.name) == planned.sheets.map(\.name))

            let preview = try await client.execute(uri: try #require(document.preview), method: .get)
            #expect(preview.status == .ok)
            for sheet in planned.sheets { #expect(preview.text.contains("<summary>\(HTML.escape(sheet.name))</summary>")) }
            #expect(preview.text.contains("colspan=") && preview.text.contains("rowspan="))
            #expect(preview.text.contains("15385.49") || preview.text.contains("15,385.49"))

            #expect(status.downloads.map(\.name) == [BatchReports.zipName, "校验报告.xlsx", "汇总.xlsx"])
            for download in status.downloads {
                let response = try await client.execute(uri: download.url, method: .get)
                #expect(response.status == .ok, "\(download.name)")
                #expect(response.data.count > 1000)
            }
            let zip = try await client.execute(uri: status.downloads[0].url, method: .get)
            #expect(zip.headers[.contentType] == "application/zip")
            let archive = try Archive(data: zip.data, accessMode: .read)
            #expect(Set(archive.map(\.path)) == ["000_dcbc594b2af559b5.xlsx", "校验报告.xlsx", "汇总.xlsx"])
        }
    }

    @Test("a binary file fails with an error naming it; the next upload still converts")
    func binaryFile() async throws {
        try await TestServer().run { client in
            let (_, failed) = try await client.convertOne(Fixture.binary, name: "扫描件.txt")
            let document = try #require(failed.documents.first)
            #expect(document.state == "failed")
            #expect(document.errorKind == "binary")
            #expect(document.error?.hasPrefix("扫描件.txt") == true)
            #expect(document.workbooks.isEmpty && document.preview == nil)
            #expect(failed.downloads.isEmpty)

            let (_, next) = try await client.convertOne(try Fixture.sample(), name: Fixture.sampleName)
            #expect(next.documents.first?.state == "converted")
        }
    }

    @Test("a batch mixing good and bad files converts the good ones and names the bad one")
    func mixedBatch() async throws {
        try await TestServer().run { client in
            let id = try await client.createBatch()
            #expect(try await client.upload(try Fixture.sample(), name: "县A/预算.txt", to: id).status == .created)
            #expect(try await client.upload(Data(), name: "县B/空.txt", to: id).status == .created)
            let status = try await client.convert(id)
            #expect(status.documents.map(\.state) == ["converted", "failed"])
            #expect(status.documents[1].error?.hasPrefix("县B/空.txt") == true)
            #expect(status.documents[0].workbooks.map(\.name) == ["县A/预算.xlsx"])
            let workbook = try await client.execute(uri: status.documents[0].workbooks[0].url, method: .get)
            #expect(workbook.status == .ok)
        }
    }

    @Test("the same name twice in one batch keeps both")
    func duplicateNames() async throws {
        try await TestServer().run { client in
            let id = try await client.createBatch()
            let first = try await client.upload(try Fixture.sample(), name: "a.txt", to: id).decode(AddedBody.self)
            let second = try await client.upload(try Fixture.sample(), name: "a.txt", to: id).decode(AddedBody.self)
            #expect(first.added == ["a.txt"] && second.added == ["a (2).txt"])
            let status = try await client.convert(id)
            #expect(status.documents.flatMap { $0.workbooks.map(\.name) } == ["a.xlsx", "a (2).xlsx"])
        }
    }

    @Test("a zip of exports is unpacked into a folder named after it")
    func zipUpload() async throws {
        let zip = try ZipFixture.make([("河北/平乡县/预算.txt", try Fixture.sample()), ("__MACOSX/._预算.txt", Data("x".utf8))])
        try await TestServer().run { client in
            let id = try await client.createBatch()
            let added = try await client.upload(zip, name: "导出.zip", to: id)
            #expect(added.status == .created)
            #expect(try added.decode(AddedBody.self).added == ["导出/河北/平乡县/预算.txt"])
            let status = try await client.convert(id)
            #expect(status.documents.first?.workbooks.map(\.name) == ["导出/河北/平乡县/预算.xlsx"])
            let url = try #require(status.documents.first?.workbooks.first?.url)
            #expect(try await client.execute(uri: url, method: .get).status == .ok)
        }
    }
}
