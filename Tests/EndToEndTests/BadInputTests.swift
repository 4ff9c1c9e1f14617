import BudgetConversion
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
        do {
            _ = try DocumentConverter.convert(input, to: output)
            return (nil, output)
        } catch {
            return (error, output)
        }
    }

    func outputFolderIsClean(_ output: URL) -> Bool {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        return files.isEmpty
    }

    @Test func missingFile() throws {
        let (failure, output) = try convert(nil)
        #expect(failure?.kind == .unreadable)
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
