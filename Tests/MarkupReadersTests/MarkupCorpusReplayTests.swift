import BudgetCore
import Foundation
import MarkupReaders
import SpreadsheetModel
import Testing
import ZIPFoundation

/// Every input in Fuzz/corpus-markup (the seeds and the finding M1) through the markup fuzz
/// target's checks, without sanitizers, so the suite replays the corpus on every run: read as
/// HTML, as a .docx, and as the word/document.xml of a fresh zip; a read either fails with a
/// message naming the file or gives grids whose cells and spans lie inside them, which
/// assemble and lay out with no overlapping merges.
@Suite struct MarkupCorpusReplayTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz").appendingPathComponent("corpus-markup")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix(".") }.sorted()

    /// An emptied or moved corpus must fail here, not replay nothing.
    @Test func corpusIsThere() {
        #expect(Self.names.count >= 6)
        #expect(Self.names.contains("repro-M1-zip-offset-past-end.docx"))
        #expect(Self.names.contains("seed-word.docx") && Self.names.contains("seed-excel-web-page-gbk.html"))
    }

    static func zipped(asDocumentXML bytes: Data) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count),
                             compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<(Int(position) + size))
        }
        return try #require(archive.data)
    }

    /// What the harness checks of one read; the number of grids read, or nil when refused.
    @discardableResult
    static func check(_ data: Data, as shape: MarkupReader.Shape, fileName: String) -> Int? {
        let document: StructuredDocument
        do {
            document = try MarkupReader.read(data: data, fileName: fileName, as: shape)
        } catch {
            #expect("\(error)".hasPrefix(fileName + ": "), "\(error)")
            return nil
        }
        var grids = 0
        for case .grid(let grid) in document.blocks {
            grids += 1
            for cell in grid.cells {
                #expect(cell.row >= 0 && cell.row < grid.rowCount && cell.column >= 0 && cell.column < grid.columnCount)
                #expect(cell.rowSpan >= 1 && cell.row + cell.rowSpan <= grid.rowCount)
                #expect(cell.columnSpan >= 1 && cell.column + cell.columnSpan <= grid.columnCount)
            }
        }
        let workbook = WorkbookPlanner.plan(StructuredAssembler.assemble(document), sourceName: fileName)
        for sheet in workbook.sheets {
            #expect(throws: Never.self, "\(fileName) \(sheet.name)") { try MergeValidator.check(sheet.merges.map(\.range)) }
        }
        return grids
    }

    @Test(arguments: names) func replay(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let asHTML = Self.check(bytes, as: .html, fileName: "f.html")
        let asWord = Self.check(bytes, as: .docx, fileName: "f.docx")
        Self.check(try Self.zipped(asDocumentXML: bytes), as: .docx, fileName: "g.docx")
        // The seeds are what they say: each reads as its own shape, with its tables.
        if name.hasPrefix("seed-"), name.hasSuffix(".html") { #expect((asHTML ?? 0) > 0, "\(name)") }
        if name.hasPrefix("seed-"), name.hasSuffix(".docx") { #expect((asWord ?? 0) > 0, "\(name)") }
    }
}
