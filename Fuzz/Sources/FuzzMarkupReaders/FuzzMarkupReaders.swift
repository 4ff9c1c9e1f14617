// libFuzzer target for MarkupReaders (HTML and .docx) and StructuredAssembler, built by
// Fuzz/run-markup as the product fuzz-markup of the nested package (Fuzz/Package.swift), against
// the real modules, with `-sanitize=fuzzer,address -parse-as-library`.
//
// Each input is read as HTML and as a .docx (the bytes as the zip, and the bytes as
// word/document.xml inside a fresh zip); a read either throws MarkupReadError or gives a
// StructuredDocument whose grids are well formed, which then assembles and lays out without
// trapping, with merges that never overlap. Tests/MarkupReadersTests/MarkupCorpusReplayTests.swift
// replays Fuzz/corpus-markup with the same checks on every test run.

import BudgetCore
import Foundation
import MarkupReaders
import SpreadsheetModel
import ZIPFoundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    MarkupFuzzHarness.run(bytes)
    return 0
}

enum MarkupFuzzHarness {
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("FUZZ INVARIANT BROKEN: \(message())") }
    }

    static func run(_ bytes: Data) {
        check(try? MarkupReader.read(data: bytes, fileName: "f.html", as: .html))
        check(try? MarkupReader.read(data: bytes, fileName: "f.docx", as: .docx))
        if let archive = try? Archive(data: Data(), accessMode: .create),
           (try? archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count),
                                  compressionMethod: .deflate, provider: { position, size in
                                      bytes.subdata(in: Int(position)..<(Int(position) + size)) })) != nil,
           let zipped = archive.data {
            check(try? MarkupReader.read(data: zipped, fileName: "g.docx", as: .docx))
        }
    }

    static func check(_ document: StructuredDocument?) {
        guard let document else { return }
        for case .grid(let grid) in document.blocks {
            for cell in grid.cells {
                require(cell.row >= 0 && cell.row < grid.rowCount && cell.column >= 0 && cell.column < grid.columnCount,
                        "cell outside its grid")
                require(cell.rowSpan >= 1 && cell.row + cell.rowSpan <= grid.rowCount, "row span past the grid")
                require(cell.columnSpan >= 1 && cell.column + cell.columnSpan <= grid.columnCount, "column span past the grid")
            }
        }
        let budget = StructuredAssembler.assemble(document)
        let workbook = WorkbookPlanner.plan(budget, sourceName: "fuzz")
        for sheet in workbook.sheets {
            do { try MergeValidator.check(sheet.merges.map(\.range)) } catch {
                require(false, "overlapping merges on sheet \(sheet.name)")
            }
        }
    }
}
