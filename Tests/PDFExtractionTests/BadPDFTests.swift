import Foundation
import Testing
@testable import PDFExtraction

/// PDFs that cannot be read give one clear error naming the file (and the page where one
/// page is to blame), never a crash or a hang. Fixtures are made with mutool itself.
@Suite("Bad PDFs")
struct BadPDFTests {
    final class Scratch {
        let folder: URL
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-bad-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: folder) }
        func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

        /// Runs mutool (or another program) and waits for it.
        func run(_ arguments: [String], program: String = "/usr/bin/mutool") throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }

        /// A PDF made by `mutool create` from page content operators.
        func createdPDF(_ name: String, content: String) throws -> URL {
            let source = url("\(name).txt")
            try content.write(to: source, atomically: true, encoding: .utf8)
            let pdf = url("\(name).pdf")
            try run(["create", "-o", pdf.path, source.path])
            return pdf
        }

        func script(_ name: String, _ body: String) throws -> String {
            let path = url(name).path
            try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            return path
        }
    }

    static func failure(_ url: URL, _ options: PDFReadOptions = PDFReadOptions()) -> PDFReadError? {
        do {
            _ = try PDFTableReader.read(url: url, options: options)
            return nil
        } catch let error as PDFReadError {
            return error
        } catch {
            return PDFReadError(.toolFailed, file: "?", "unexpected error \(error)")
        }
    }

    @Test func encryptedWithAPassword() throws {
        let scratch = try Scratch()
        let encrypted = scratch.url("locked.pdf")
        try scratch.run(["clean", "-E", "aes-256", "-U", "secret", "-O", "owner",
                         SampleFiles.pdf("jiangsu_zhengxie_2019").path, encrypted.path])
        let error = try #require(Self.failure(encrypted))
        #expect(error.kind == .encrypted)
        #expect(error.description == "locked.pdf: the PDF is encrypted with a password; open it and save an unprotected copy")
    }

    @Test func scannedPagesHaveNoTextLayer() throws {
        let scratch = try Scratch()
        let image = scratch.url("scan.png")
        try scratch.run(["draw", "-q", "-r", "20", "-o", image.path, SampleFiles.pdf("jiangsu_zhengxie_2019").path, "1"])
        let pdf = try scratch.createdPDF("scanned", content: """
            %%MediaBox 0 0 842 595
            %%Image Im0 \(image.path)
            q 842 0 0 595 0 0 cm /Im0 Do Q
            """)
        let error = try #require(Self.failure(pdf))
        #expect(error.kind == .noTextLayer)
        #expect(error.description == "scanned.pdf: no text layer on any of its 1 pages (only images: a scan); scanned PDFs cannot be read, only PDFs made from a document or spreadsheet")
    }

    @Test func truncatedDownload() throws {
        let scratch = try Scratch()
        let bytes = try Data(contentsOf: SampleFiles.pdf("shanghai_putuo_wanli_2024"))
        let cut = scratch.url("cut.pdf")
        try bytes.prefix(100_000).write(to: cut)
        let error = try #require(Self.failure(cut))
        #expect(error.kind == .damaged)
        #expect(error.description == "cut.pdf: the PDF is truncated (no %%EOF end marker; 100000 bytes)")
    }

    @Test func damagedBodyTheToolRejects() throws {
        let scratch = try Scratch()
        var bytes = try Data(contentsOf: SampleFiles.pdf("shanghai_putuo_wanli_2024")).prefix(20_000)
        bytes.append(contentsOf: Array("\n%%EOF\n".utf8))
        let broken = scratch.url("broken.pdf")
        try bytes.write(to: broken)
        let error = try #require(Self.failure(broken))
        #expect(error.kind == .damaged)
        #expect(error.description.hasPrefix("broken.pdf: mutool cannot read this PDF: "))
    }

    @Test func notAPDFAtAll() throws {
        let scratch = try Scratch()
        let fake = scratch.url("notes.pdf")
        try "部门预算\n".write(to: fake, atomically: true, encoding: .utf8)
        let error = try #require(Self.failure(fake))
        #expect(error.description == "notes.pdf: not a PDF (no %PDF- signature)")
    }

    @Test func tooManyPages() throws {
        let error = try #require(Self.failure(SampleFiles.pdf("jiangsu_zhengxie_2019"), PDFReadOptions(maxPages: 3)))
        #expect(error.kind == .tooLarge)
        #expect(error.description == "jiangsu_zhengxie_2019.pdf: more than 3 pages")
    }

    @Test func pageWithAHundredThousandPaths() throws {
        let scratch = try Scratch()
        var content = "%%MediaBox 0 0 600 800\n"
        for index in 0..<100_000 { content += "\(index % 300 * 2) \(index / 300 * 2) 1 1 re f\n" }
        let pdf = try scratch.createdPDF("dense", content: content)
        let error = try #require(Self.failure(pdf))
        #expect(error.kind == .tooLarge)
        #expect(error.page == 1)
        #expect(error.description == "dense.pdf: page 1: more than 50000 drawn paths on one page")
    }

    @Test func missingToolNamesThePackage() throws {
        let error = try #require(Self.failure(SampleFiles.pdf("jiangsu_zhengxie_2019"),
                                              PDFReadOptions(mutoolPath: "/nonexistent/mutool")))
        #expect(error.kind == .toolMissing)
        #expect(error.description.contains("mupdf-tools"))
    }

    @Test func hangingToolIsStopped() throws {
        let scratch = try Scratch()
        let tool = try scratch.script("hang", "exec sleep 60")
        let error = try #require(Self.failure(SampleFiles.pdf("jiangsu_zhengxie_2019"),
                                              PDFReadOptions(mutoolPath: tool, timeout: 1)))
        #expect(error.kind == .toolTimedOut)
        #expect(error.description == "jiangsu_zhengxie_2019.pdf: mutool did not finish in time and was stopped")
    }

    @Test func crashingToolIsReported() throws {
        let scratch = try Scratch()
        let tool = try scratch.script("crash", """
            case "$1" in -v) echo "mutool version 0.0" >&2 ;; *) kill -SEGV $$ ;; esac
            """)
        let error = try #require(Self.failure(SampleFiles.pdf("jiangsu_zhengxie_2019"), PDFReadOptions(mutoolPath: tool)))
        #expect(error.kind == .toolFailed)
        #expect(error.description.hasPrefix("jiangsu_zhengxie_2019.pdf: mutool crashed"))
    }

    @Test func temporaryFilesAreRemoved() throws {
        let scratch = try Scratch()
        let folder = scratch.url("tmp")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try PDFTableReader.read(url: SampleFiles.pdf("jiangsu_zhengxie_2019"), options: PDFReadOptions(temporaryDirectory: folder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // A run that is stopped cleans up too.
        let tool = try scratch.script("hang", "exec sleep 60")
        _ = Self.failure(SampleFiles.pdf("jiangsu_zhengxie_2019"),
                         PDFReadOptions(mutoolPath: tool, timeout: 1, temporaryDirectory: folder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
