import Foundation
import Testing
import TestSupport
import ZIPFoundation

/// libxlsxwriter prints each workbook's creation time with libc's `gmtime`, whose one buffer
/// the whole process shares: two workbooks closed together on two threads could take each
/// other's date. The executable defines a thread-safe `gmtime` (XlsxWriterKit) and exports it,
/// so libxlsxwriter's calls land there.
@Suite struct ParallelWorkbookDatesTests {
    /// The dynamic linker's own account of where libxlsxwriter's `gmtime` goes.
    @Test func libxlsxwriterCallsTheProgramsGmtime() throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent(SampleExport.fileName)
        try Data(SampleExport.bytes()).write(to: input)
        // The linker's report goes to files (LD_DEBUG_OUTPUT), not to a pipe it would fill.
        let trace = folder.appendingPathComponent("bindings")
        let result = try CLI.run(["convert", input.path, "-o", folder.appendingPathComponent("out").path],
                                 environment: ["LD_DEBUG": "bindings", "LD_DEBUG_OUTPUT": trace.path])
        #expect(result.status == 0, "\(result.stderr.suffix(500))")
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("bindings") }
        let lines = try reports.flatMap { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8).split(separator: "\n") }
        let binding = lines.first { $0.contains("libxlsxwriter") && $0.contains("`gmtime'") }
        #expect(binding?.contains("to \(CLI.executable.path) ") == true, "\(binding ?? "no binding of gmtime for libxlsxwriter")")
    }

    /// Documents of 24 different years converted four at a time: each workbook says its own
    /// year in its properties (`docProps/core.xml`).
    @Test func workbooksWrittenTogetherKeepTheirOwnCreationYear() throws {
        let folder = try TemporaryFolder.make()
        let sample = String(decoding: try SampleExport.bytes(), as: UTF8.self)
        #expect(sample.contains("预算年度：2022"))
        let years = Array(2001...2024)
        for year in years {
            try Data(sample.replacingOccurrences(of: "预算年度：2022", with: "预算年度：\(year)").utf8)
                .write(to: folder.appendingPathComponent("部门\(year).txt"))
        }
        let output = folder.appendingPathComponent("out")
        let result = try CLI.run(["convert", folder.path, "-o", output.path, "--jobs", "4"])
        #expect(result.status == 0, "\(result.stderr.suffix(500))")
        for year in years {
            let archive = try Archive(url: output.appendingPathComponent("部门\(year).xlsx"), accessMode: .read)
            let entry = try #require(archive["docProps/core.xml"])
            var core = Data()
            _ = try archive.extract(entry) { core.append($0) }
            let text = String(decoding: core, as: UTF8.self)
            #expect(text.contains(">\(year)-01-01T00:00:00Z</dcterms:created>"), "部门\(year): \(text)")
        }
    }
}
