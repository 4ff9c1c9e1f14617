import Foundation
import TestSupport
import Testing
@testable import XlsxReaderKit

/// Every broken input must end in an XlsxReadError that names the file and the problem.
@Suite struct ReadErrorTests {
    let temp: TempDirectory

    init() throws {
        temp = try TempDirectory()
    }

    /// Reads `url` expecting failure; returns the message.
    private func failure(_ url: URL, limits: XlsxReadLimits = .default,
                         sourceLocation: SourceLocation = #_sourceLocation) -> String {
        do {
            _ = try ReadWorkbook.read(contentsOf: url, limits: limits)
            Issue.record("reading \(url.lastPathComponent) should have failed", sourceLocation: sourceLocation)
            return ""
        } catch let error as XlsxReadError {
            return error.description
        } catch {
            Issue.record("unexpected error type \(type(of: error)): \(error)", sourceLocation: sourceLocation)
            return ""
        }
    }

    private func write(_ zip: TestZip, _ name: String) throws -> URL {
        let url = temp.file(name)
        try zip.write(to: url)
        return url
    }

    @Test func nonExistentFile() {
        let url = temp.file("nope.xlsx")
        let message = failure(url)
        #expect(message.contains(url.path))
        #expect(message.contains("file not found"))
    }

    @Test func notAZip() throws {
        let url = temp.file("text.xlsx")
        try Data("项目,金额\n一般公共预算,1\n".utf8).write(to: url)
        let message = failure(url)
        #expect(message.contains("text.xlsx"))
        #expect(message.contains("not a zip archive"))
    }

    @Test func directoryInsteadOfFile() {
        #expect(failure(temp.url).contains("directory"))
    }

    @Test func missingWorkbookPart() throws {
        var zip = TestZip()
        zip.add("[Content_Types].xml", HandWrittenPackage.contentTypes)
        zip.add("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"x\"/>")
        let message = failure(try write(zip, "noworkbook.xlsx"))
        #expect(message.contains("xl/workbook.xml"))
        #expect(message.contains("missing"))
    }

    @Test func missingSheetPart() throws {
        var zip = HandWrittenPackage.zip()
        zip.members.removeAll { $0.path == "xl/worksheets/second.xml" }
        let message = failure(try write(zip, "nosheet.xlsx"))
        #expect(message.contains("xl/worksheets/second.xml"))
        #expect(message.contains("Second"))
    }

    @Test func memberOverDeclaredLimit() throws {
        let url = temp.file("big.xlsx")
        try LibxlsxwriterFixture.write(to: url)
        let message = failure(url, limits: XlsxReadLimits(maxMemberBytes: 200, maxTotalBytes: 1 << 30))
        #expect(message.contains("over the per-member limit of 200 bytes"))
    }

    @Test func totalOverLimit() throws {
        let url = temp.file("total.xlsx")
        try LibxlsxwriterFixture.write(to: url)
        let message = failure(url, limits: XlsxReadLimits(maxMemberBytes: 1 << 20, maxTotalBytes: 3_000))
        #expect(message.contains("total"))
    }

    /// A member that declares 100 bytes but inflates to 300 kB: stopped while inflating.
    @Test func lyingMemberStopsWhileInflating() throws {
        var zip = HandWrittenPackage.zip()
        zip.members.removeAll { $0.path == "xl/workbook.xml" }
        let padding = String(repeating: " ", count: 300_000)
        zip.add("xl/workbook.xml", HandWrittenPackage.workbook + padding, declaredSize: 100)
        let message = failure(try write(zip, "bomb.xlsx"),
                              limits: XlsxReadLimits(maxMemberBytes: 64 * 1024, maxTotalBytes: 1 << 30))
        #expect(message.contains("xl/workbook.xml"))
        #expect(message.contains("inflates past the per-member limit"))
    }

    /// Within the limit but still lying about its size: rejected after inflating.
    @Test func sizeMismatchIsRejected() throws {
        var zip = HandWrittenPackage.zip()
        zip.members.removeAll { $0.path == "xl/styles.xml" }
        zip.add("xl/styles.xml", HandWrittenPackage.styles, declaredSize: 10)
        #expect(failure(try write(zip, "mismatch.xlsx")).contains("declares 10"))
    }

    @Test func malformedXML() throws {
        var zip = HandWrittenPackage.zip()
        zip.members.removeAll { $0.path == "xl/worksheets/data.xml" }
        zip.add("xl/worksheets/data.xml", "<worksheet><sheetData><row r=\"1\"></sheetData></worksheet>")
        let message = failure(try write(zip, "malformed.xlsx"))
        #expect(message.contains("xl/worksheets/data.xml"))
        #expect(message.contains("malformed XML"))
    }

    @Test func entityDeclarationsAreRejected() throws {
        var zip = HandWrittenPackage.zip()
        zip.members.removeAll { $0.path == "xl/sharedStrings.xml" }
        zip.add("xl/sharedStrings.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <sst><si><t>&b;</t></si></sst>
            """)
        #expect(failure(try write(zip, "dtd.xlsx")).contains("DTD"))
    }

    @Test func badReferencesInsideTheFile() throws {
        var zip = HandWrittenPackage.zip()
        zip.members.removeAll { $0.path == "xl/worksheets/second.xml" }
        zip.add("xl/worksheets/second.xml", """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>
            """)
        #expect(failure(try write(zip, "badsst.xlsx")).contains("shared string 99"))

        zip.members.removeAll { $0.path == "xl/worksheets/second.xml" }
        zip.add("xl/worksheets/second.xml", """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" s="7"><v>1</v></c></row></sheetData></worksheet>
            """)
        #expect(failure(try write(zip, "badstyle.xlsx")).contains("style 7"))

        zip.members.removeAll { $0.path == "xl/worksheets/second.xml" }
        zip.add("xl/worksheets/second.xml", """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A0"><v>1</v></c></row></sheetData></worksheet>
            """)
        #expect(failure(try write(zip, "badref.xlsx")).contains("bad cell reference \"A0\""))
    }

    @Test func emptyPart() throws {
        var zip = HandWrittenPackage.zip()
        zip.members.removeAll { $0.path == "xl/styles.xml" }
        zip.add("xl/styles.xml", "")
        #expect(failure(try write(zip, "empty.xlsx")).contains("xl/styles.xml: part is empty"))
    }
}
