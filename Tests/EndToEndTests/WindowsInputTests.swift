#if canImport(Glibc)
import Glibc
#endif
import BudgetBatch
import BudgetCore
import Foundation
import Testing
import TestSupport
import XlsxReaderKit
import ZIPFoundation

/// Files as they arrive from Windows: GBK file names in a folder, zips with GBK member names
/// and no UTF-8 flag; and zips no clerk sends (bombs, `../`, absolute names).
@Suite struct WindowsInputTests {
    static let departmentName = "平乡县人社局"
    static func gbk(_ text: String) throws -> [UInt8] { try #require(RowPerLineExport.gb18030(text)) }

    /// Writes a file through its byte path (Foundation cannot name it).
    static func writeFile(at path: [UInt8], bytes: [UInt8]) throws {
        let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        try #require(written == bytes.count)
    }

    func expectSameWorkbook(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let sample = try ConvertedWorkbook.sample()
        let book = try ReadWorkbook.read(contentsOf: url)
        #expect(book.sheets.map(\.name) == sample.book.sheets.map(\.name), sourceLocation: sourceLocation)
        // 47 tables and 情况说明.
        #expect(book.sheets.count == 48, sourceLocation: sourceLocation)
        for sheet in sample.book.sheets {
            let mine = book.sheet(named: sheet.name)
            var theirs: [String: String] = [:], ours: [String: String] = [:]
            for (address, cell) in sheet.cells { theirs[address.a1] = "\(cell.kind)|\(cell.text)|\(cell.style.numberFormat)" }
            for (address, cell) in mine?.cells ?? [:] { ours[address.a1] = "\(cell.kind)|\(cell.text)|\(cell.style.numberFormat)" }
            #expect(ours == theirs, "sheet \(sheet.name)", sourceLocation: sourceLocation)
            #expect(mine?.merges.map(\.a1).sorted() == sheet.merges.map(\.a1).sorted(), "merges of \(sheet.name)", sourceLocation: sourceLocation)
        }
    }

    @Test func aFolderHoldingAGBKNamedFileConvertsToAReadableName() throws {
        let folder = try TemporaryFolder.make()
        let name = try Self.gbk(Self.departmentName + ".txt")
        #expect(String(validating: name, as: UTF8.self) == nil)
        try Self.writeFile(at: Array(folder.path.utf8) + [UInt8(ascii: "/")] + name, bytes: SampleExport.bytes())
        // Foundation alone does not see it as that name.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.departmentName + ".txt").path))

        let output = folder.appendingPathComponent("out")
        let jobs = try InputCollector.jobs(for: [folder.path], outputDirectory: output)
        #expect(jobs.map(\.relativePath) == [Self.departmentName + ".txt"])
        let job = try #require(jobs.first)
        #expect(job.output.lastPathComponent == Self.departmentName + ".xlsx")
        let source = try #require(job.source)
        let result = try SingleDocument.convert(job.input, to: job.output, options: ConversionOptions(), source: source).get()
        #expect(result.record.tables == 47)
        try expectSameWorkbook(output.appendingPathComponent(Self.departmentName + ".xlsx"))
    }

    @Test func theBatchReportsAGBKNamedFileReadably() throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("县")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Self.writeFile(at: Array(input.path.utf8) + [UInt8(ascii: "/")] + Self.gbk(Self.departmentName + ".txt"),
                           bytes: SampleExport.bytes())
        let output = folder.appendingPathComponent("out")
        let run = try CLI.run(["convert", input.path, "-o", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(Self.departmentName + ".txt"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.departmentName + ".xlsx").path))
    }

    @Test func aWindowsZipWithGBKNamesIsReadInPlace() throws {
        let folder = try TemporaryFolder.make()
        var zip = WindowsZip()
        zip.add(name: try Self.gbk("平乡县/"), bytes: [])
        zip.add(name: try Self.gbk("平乡县/" + Self.departmentName + ".txt"), bytes: try SampleExport.bytes())
        zip.add(name: try Self.gbk("平乡县/说明.doc"), bytes: Array("not collected".utf8))
        let archive = folder.appendingPathComponent("河北.zip")
        try zip.data().write(to: archive)

        let output = folder.appendingPathComponent("out")
        let jobs = try InputCollector.jobs(for: [archive.path], outputDirectory: output)
        #expect(jobs.map(\.relativePath) == ["平乡县/" + Self.departmentName + ".txt"])
        let job = try #require(jobs.first)
        #expect(job.output == output.appendingPathComponent("平乡县").appendingPathComponent(Self.departmentName + ".xlsx"))
        guard case .zipMember(_, let member) = job.source else {
            Issue.record("not a zip member: \(String(describing: job.source))")
            return
        }
        #expect(member.name == "平乡县/" + Self.departmentName + ".txt")
        _ = try SingleDocument.convert(job.input, to: job.output, options: ConversionOptions(), source: job.source).get()
        try expectSameWorkbook(job.output)
        // Read in place: nothing was extracted beside the archive.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out", "河北.zip"])
    }

    @Test func aZipInsideAScannedFolderMirrorsItsFolders() throws {
        let folder = try TemporaryFolder.make()
        var zip = WindowsZip()
        zip.add(name: Array("a/\(Self.departmentName).txt".utf8), bytes: try SampleExport.bytes(), utf8Flag: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try zip.data().write(to: folder.appendingPathComponent("sub/县.ZIP"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("sub/b.csv"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("sub/c.md"))
        let jobs = try InputCollector.jobs(for: [folder.path], outputDirectory: URL(fileURLWithPath: "/out"))
        #expect(jobs.map(\.relativePath) == ["sub/b.csv", "sub/县/a/\(Self.departmentName).txt"])
        #expect(jobs.map(\.output.path) == ["/out/sub/b.xlsx", "/out/sub/县/a/\(Self.departmentName).xlsx"])
    }

    // MARK: Hostile zips

    func refusal(_ zip: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        let folder = try TemporaryFolder.make()
        let archive = folder.appendingPathComponent("x.zip")
        try zip.write(to: archive)
        let jobs = try InputCollector.jobs(for: [archive.path], outputDirectory: folder.appendingPathComponent("out"))
        guard jobs.count == 1, case .refused(_, let reason) = jobs[0].source else { return nil }
        // The batch reports it as a failed document and goes on.
        #expect(throws: ConversionFailure.self, sourceLocation: sourceLocation) { try InputSourceReader.bytes(of: jobs[0]) }
        return reason
    }

    @Test func aMemberClimbingOutIsRefused() throws {
        var zip = WindowsZip()
        zip.add(name: Array("ok.txt".utf8), bytes: try SampleExport.bytes())
        zip.add(name: Array("../evil.txt".utf8), bytes: Array("x".utf8))
        #expect(try refusal(zip.data()) == "zip member '../evil.txt' climbs out of the archive's folder ('..'); the archive is refused")
        var backslashes = WindowsZip()
        backslashes.add(name: try Self.gbk("县\\..\\..\\evil.txt"), bytes: Array("x".utf8))
        #expect(try refusal(backslashes.data()) == "zip member '县/../../evil.txt' climbs out of the archive's folder ('..'); the archive is refused")
    }

    @Test func anAbsoluteMemberIsRefused() throws {
        var zip = WindowsZip()
        zip.add(name: Array("/etc/evil.txt".utf8), bytes: Array("x".utf8))
        #expect(try refusal(zip.data()) == "zip member '/etc/evil.txt' has an absolute path; the archive is refused")
        var drive = WindowsZip()
        drive.add(name: Array("C:\\evil.txt".utf8), bytes: Array("x".utf8))
        #expect(try refusal(drive.data()) == "zip member 'C:/evil.txt' has an absolute path; the archive is refused")
    }

    @Test func tooManyMembersAreRefused() throws {
        var zip = WindowsZip()
        for index in 0...10_000 { zip.add(name: Array("m\(index).txt".utf8), bytes: []) }
        #expect(try refusal(zip.data()) == "the archive holds more than 10000 members; refused")
    }

    @Test func aZipBombIsRefused() throws {
        let folder = try TemporaryFolder.make()
        let url = folder.appendingPathComponent("bomb.zip")
        let archive = try Archive(url: url, accessMode: .create)
        let size: Int64 = 8 << 20
        try archive.addEntry(with: "bomb.txt", type: .file, uncompressedSize: size, compressionMethod: .deflate) { _, chunk in
            Data(count: chunk)
        }
        let entry = try #require(archive["bomb.txt"])
        let ratio = UInt64(size) / entry.compressedSize
        #expect(ratio > 100)
        #expect(try refusal(Data(contentsOf: url))
                == "zip member 'bomb.txt' expands \(ratio) times (\(entry.compressedSize) → \(size) bytes); more than 100 times is refused as a zip bomb")
    }

    @Test func aMemberLyingAboutItsSizeIsNotReadPastIt() throws {
        let folder = try TemporaryFolder.make()
        let url = folder.appendingPathComponent("lie.zip")
        let archive = try Archive(url: url, accessMode: .create)
        let text = Data(String(repeating: "表\n\t1\n", count: 20_000).utf8)
        try archive.addEntry(with: "a.txt", type: .file, uncompressedSize: Int64(text.count), compressionMethod: .deflate) { position, chunk in
            text.subdata(in: Int(position)..<Int(position) + chunk)
        }
        // Both headers now claim 1000 bytes; inflating gives 140000.
        var bytes = [UInt8](try Data(contentsOf: url))
        let central = try #require((0..<bytes.count - 4).first { bytes[$0..<$0 + 4] == [0x50, 0x4B, 0x01, 0x02] })
        for offset in [22, central + 24] { bytes.replaceSubrange(offset..<offset + 4, with: [0xE8, 0x03, 0, 0]) }
        try Data(bytes).write(to: url)
        let jobs = try InputCollector.jobs(for: [url.path], outputDirectory: folder.appendingPathComponent("out"))
        let job = try #require(jobs.first)
        let failure = try #require(throws: ConversionFailure.self) { try InputSourceReader.bytes(of: job) }
        #expect(failure.message == "zip member 'a.txt' holds more bytes than its header says (1000); refused")
    }
}

/// A GBK name typed in a shell: Swift's `CommandLine.arguments` loses its bytes, `argv` keeps them.
@Suite struct RawArgumentTests {
    @Test func aGBKNameNamedOnTheCommandLineIsFound() throws {
        let folder = try TemporaryFolder.make()
        let name = try WindowsInputTests.gbk(WindowsInputTests.departmentName + ".txt")
        try WindowsInputTests.writeFile(at: Array(folder.path.utf8) + [UInt8(ascii: "/")] + name, bytes: SampleExport.bytes())
        let octal = name.map { "\\" + String($0, radix: 8) }.joined()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // printf turns the octal escapes into the raw GBK bytes of the argument.
        process.arguments = ["-c", "exec \"$0\" convert \"$1/$(printf '\(octal)')\" -o \"$1/out\"", CLI.executable.path, folder.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(said)")
        #expect(said.contains(WindowsInputTests.departmentName + ".txt: 47 tables"), "\(said)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(WindowsInputTests.departmentName).xlsx").path))
    }
}
