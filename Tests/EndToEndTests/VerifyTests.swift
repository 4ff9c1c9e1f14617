import BudgetBatch
import BudgetCore
import BudgetVerification
import Foundation
import Testing
import TestSupport
import XlsxWriterKit
import SpreadsheetModel

/// `verify` proves a workbook faithful, and names the cell when one was dropped, moved or
/// retyped.
@Suite struct VerifyTests {
    func differences(after edit: (inout WorkbookLayout) -> Void) throws -> [String] {
        let document = try DocumentReader.read(SampleExport.bytes())
        var layout = WorkbookPlanner.plan(document, sourceName: SampleExport.fileName)
        edit(&layout)
        let folder = try TemporaryFolder.make()
        let book = folder.appendingPathComponent("edited.xlsx")
        try WorkbookWriter.write(layout, to: book)
        return try WorkbookVerifier.verify(book: book, source: SampleExport.url).differences
    }

    func index(of address: (Int, Int), in sheet: SheetLayout) -> Int? {
        sheet.cells.firstIndex { $0.row == address.0 && $0.column == address.1 }
    }

    @Test func untouchedWorkbookIsFaithful() throws {
        #expect(try differences { _ in } == [])
    }

    @Test func droppedCellIsNamed() throws {
        let found = try differences { layout in
            if let i = index(of: (7, 2), in: layout.sheets[1]) { layout.sheets[1].cells[i].value = .empty }  // 收入总表 C8
        }
        #expect(found == [
            "line 290: cell '人力资源和社会保障管理事务' is missing from sheet '收入总表' (before cell D8)",
            "sheet '收入总表' cell C8: expected text '人力资源和社会保障管理事务', found a blank cell",
        ])
    }

    @Test func movedCellIsNamed() throws {
        let found = try differences { layout in
            guard let i = index(of: (6, 3), in: layout.sheets[2]) else { return }  // 支出总表 D7 → J7
            layout.sheets[2].cells[i].column = 9
        }
        #expect(found == [
            "line 784: cell '11230.07' is missing from sheet '支出总表' (before cell E7)",
            "sheet '支出总表' cell J7: '11230.07' is not next in the source (expected line 791 '3')",
            "sheet '支出总表' cell D7: expected number 11230.07, found nothing",
        ])
    }

    @Test func retypedCellIsNamed() throws {
        let found = try differences { layout in
            guard let i = index(of: (5, 2), in: layout.sheets[0]) else { return }  // 收支总表 C6 as text
            layout.sheets[0].cells[i].value = .text("15407.98")
        }
        #expect(found.contains("sheet '收支总表' cell C6: expected number 15407.98, found text '15407.98'"))
    }

    @Test func lostMergeIsNamed() throws {
        let found = try differences { layout in
            layout.sheets[3].merges.removeAll { $0.range.description == "D3:H3" }
        }
        #expect(found == ["sheet '财政拨款收支总表': merge D3:H3 is missing"])
    }
}

/// Inputs the fuzzer found where `verify` rejected the converter's own output (Fuzz/README.md
/// F1–F6): converted and verified, they must be faithful now.
@Suite struct FuzzRegressionTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    static var reproducers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasPrefix("repro-F") }.sorted()
    }

    @Test func thereAreReproducers() { #expect(Self.reproducers.count >= 6) }

    @Test(arguments: reproducers)
    func convertedReproducerIsFaithful(name: String) throws {
        let source = Self.corpus.appendingPathComponent(name)
        let output = try TemporaryFolder.make().appendingPathComponent("\(name).xlsx")
        // Some reproducers hold invalid bytes: convert and verify them as --lossy does. They are
        // cell-per-line noise; F9's few lines with inner TABs would otherwise be told row-per-line.
        let options = ConversionOptions(lossy: true, shape: .cellPerLine)
        _ = try SingleDocument.convert(source, to: output, options: options).get()
        #expect(try WorkbookVerifier.verify(book: output, source: source, options: options).differences == [])
    }
}
