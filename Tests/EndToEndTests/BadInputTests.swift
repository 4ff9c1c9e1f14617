import BudgetBatch
import BudgetCore
import Foundation
import Testing
import TestSupport

/// Bad input: a clear message naming the file (and line or offset), and no workbook left.
@Suite struct BadInputTests {
    func convert(_ bytes: [UInt8]?, name: String = "bad.txt") throws -> (ConversionFailure?, URL) {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent(name)
        if let bytes { try Data(bytes).write(to: input) }
        let output = folder.appendingPathComponent("out/bad.xlsx")
        switch SingleDocument.convert(input, to: output) {
        case .success: return (nil, output)
        case .failure(let failure): return (failure, output)
        }
    }

    func outputFolderIsClean(_ output: URL) -> Bool {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        return files.isEmpty
    }

    @Test func missingFile() throws {
        let (failure, output) = try convert(nil)
        #expect(failure?.kind == .missing)
        #expect(failure?.description.hasSuffix("bad.txt: no such file") == true)
        #expect(outputFolderIsClean(output))
    }

    @Test func emptyFile() throws {
        let (failure, output) = try convert([])
        #expect(failure?.kind == .empty)
        #expect(failure?.message == "the file is empty")
        #expect(outputFolderIsClean(output))
    }

    @Test func binaryFile() throws {
        let (failure, _) = try convert([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08])
        #expect(failure?.kind == .binary)
        #expect(failure?.message == "this is a binary file, not a text export (NUL byte at offset 4)")
    }

    @Test func invalidBytes() throws {
        let (failure, _) = try convert(Array("部门预算收支总表\n\t1\n".utf8) + [0xFF, 0xFE, 0xFD])
        #expect(failure?.kind == .encoding)
        #expect(failure?.message.hasPrefix("bytes at offset 28 are not valid text") == true)
    }

    @Test func noTable() throws {
        let (failure, output) = try convert(Array("只是一段说明。\n\n第二段。\n".utf8))
        #expect(failure?.kind == .noTable)
        #expect(failure?.message == "no table found in 3 lines (a table is a title line followed by TAB-started cell lines)")
        #expect(outputFolderIsClean(output))
    }

    @Test func formulaLookingCellsStayText() throws {
        let text = "测试表\n\t名称\n\t值\n\n\t=1+1\n\t+SUM(A1)\n\n\t-cmd\n\t@x\n"
        let (failure, output) = try convert(Array(text.utf8), name: "formula.txt")
        #expect(failure == nil)
        let book = try XlsxReaderKitBridge.read(output)
        let sheet = try #require(book.sheets.first)
        for address in ["A3", "B3", "A4", "B4"] {
            #expect(sheet[address]?.kind == .string && sheet[address]?.formula == nil, "\(address)")
        }
        #expect(sheet["A3"]?.text == "=1+1" && sheet["B3"]?.text == "+SUM(A1)" && sheet["A4"]?.text == "-cmd")
    }
}

/// Limits Excel has and exports can exceed, and paths that try to leave the output folder.
@Suite struct LimitTests {
    func convert(_ text: String) throws -> (Result<SingleDocument.Converted, ConversionFailure>, URL) {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("big.txt")
        try Data(text.utf8).write(to: input)
        let output = folder.appendingPathComponent("out/big.xlsx")
        return (SingleDocument.convert(input, to: output), output)
    }

    @Test func cellLongerThanExcelAllowsFailsTheDocumentNamingTheCell() throws {
        let long = String(repeating: "预", count: 32_768)
        let (result, output) = try convert("长表\n\t名称\n\t说明\n\n\t甲\n\t\(long)\n")
        guard case .failure(let failure) = result else { Issue.record("converted a 32,768-character cell"); return }
        #expect(failure.kind == .tooLarge)
        #expect(failure.message == "sheet '长表' cell B3: cell text of 32768 characters (source line 6) is longer than Excel's 32767; not truncated")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path))?.isEmpty ?? true)
    }

    @Test func moreColumnsThanASheetHoldsFails() throws {
        let header = (0..<16_385).map { "\tc\($0)" }.joined(separator: "\n")
        let (result, _) = try convert("宽表\n" + header + "\n")
        guard case .failure(let failure) = result else { Issue.record("converted 16,385 columns"); return }
        #expect(failure.kind == .tooLarge)
        #expect(failure.message.contains("table needs 16385 columns; a sheet holds 16384"))
    }

    @Test func tableCutOffByTheEndOfTheFileConvertsWhatIsComplete() throws {
        let sample = try SampleExport.lines()
        // Cut inside 收入总表's fourth data row (line 305 holds its 合计 amount).
        let (result, output) = try convert(sample.prefix(305).joined(separator: "\n"))
        guard case .success(let converted) = result else { Issue.record("failed"); return }
        #expect(converted.sheetNames == ["收支总表", "收入总表"])
        #expect(converted.warnings == ["line 302: the file ends inside this table: its last row has 4 of 13 cells"])
        let book = try XlsxReaderKitBridge.read(output)
        #expect(book.sheets[1].rowTexts(8).prefix(4) == ["4", "2080101", "行政运行", "1163.09"])
    }

    @Test func outputsNeverLeaveTheOutputFolder() {
        let folder = URL(fileURLWithPath: "/tmp/out")
        #expect(InputCollector.outputURL(forRelativePath: "../../etc/passwd.txt", in: folder).path == "/tmp/out/etc/passwd.xlsx")
        #expect(InputCollector.outputURL(forRelativePath: "a/./../b.txt", in: folder).path == "/tmp/out/a/b.xlsx")
        #expect(InputCollector.outputURL(forRelativePath: "..", in: folder).path == "/tmp/out/output.xlsx")
    }
}
