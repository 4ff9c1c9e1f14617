import BudgetCore
import Foundation
import SpreadsheetModel
import Testing
import TestSupport
import XlsxReaderKit

/// The sample saved in every shape, written by this test (row per line with quoted multi-line
/// cells, CSV in GB18030, a disclosure page, Excel's web page in GBK, a Word document),
/// converted by the command line in one run, and every workbook read back from its file: the
/// same sheets, cells (type, text, number format) and merges as the workbook of the
/// cell-per-line export.
@Suite struct ShapeWorkbookTests {
    static func shapes() throws -> [String: Data] {
        let document = try DocumentReader.read(try SampleExport.bytes())
        let rows = RowPerLineExport.text(of: document, delimiter: "\t", lineEnd: "\r\n")
        let csv = RowPerLineExport.text(of: document, delimiter: ",", lineEnd: "\r\n")
        let page = MarkupWriters.html(SampleModel.blocks(of: document, layout: .disclosurePage), pageChrome: false)
        let excel = MarkupWriters.html(SampleModel.blocks(of: document, layout: .excelWebPage), charset: "gb2312",
                                       excelStyle: true, pageChrome: false)
        let word = MarkupWriters.documentXML(SampleModel.blocks(of: document, layout: .disclosurePage))
        return [
            "cells.txt": Data(try SampleExport.bytes()),
            "rows.txt": Data(rows.utf8),
            "table.csv": Data(try #require(RowPerLineExport.gb18030(csv))),
            "page.html": Data(page.utf8),
            "excel.xls": Data(try #require(ExportVariants.gb18030CRLF(excel))),
            "word.docx": try MarkupWriters.docx(documentXML: word),
        ]
    }

    /// A sheet as comparable text: every cell's address, type, text and number format; its merges.
    static func contents(_ sheet: ReadSheet) -> (cells: [String], merges: [String]) {
        let cells = sheet.cells.sorted { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }
            .map { "\($0.key.a1) \($0.value.kind) \($0.value.style.numberFormat) \($0.value.text)" }
        return (cells, sheet.merges.map(\.a1).sorted())
    }

    @Test func everyShapeGivesTheWorkbookOfTheCellPerLineExport() throws {
        let shapes = try Self.shapes()
        // The row-per-line text really holds quoted cells with line breaks.
        let rows = String(decoding: try #require(shapes["rows.txt"]), as: UTF8.self)
        #expect(rows.split(separator: "\t").contains { $0.hasPrefix("\"") && $0.contains("\n") })
        // Both GBK files are really GBK, not UTF-8.
        #expect(String(validating: [UInt8](try #require(shapes["table.csv"])), as: UTF8.self) == nil)
        #expect(String(validating: [UInt8](try #require(shapes["excel.xls"])), as: UTF8.self) == nil)

        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, data) in shapes { try data.write(to: input.appendingPathComponent(name)) }
        let output = folder.appendingPathComponent("out")
        let run = try CLI.run(["convert", input.path, "-o", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        for name in shapes.keys { #expect(run.stdout.contains("\(name): 47 tables, 0 warnings"), "\(name): \(run.stdout)") }

        let expected = try ReadWorkbook.read(contentsOf: output.appendingPathComponent("cells.xlsx"))
        #expect(expected.sheets.count == 48)  // 47 tables + 情况说明
        for name in shapes.keys.sorted() where name != "cells.txt" {
            let book = try ReadWorkbook.read(contentsOf: output.appendingPathComponent((name as NSString).deletingPathExtension + ".xlsx"))
            #expect(book.sheets.map(\.name) == expected.sheets.map(\.name), "\(name)")
            for (sheet, reference) in zip(book.sheets, expected.sheets) {
                let actual = Self.contents(sheet), wanted = Self.contents(reference)
                let missing = wanted.cells.filter { !actual.cells.contains($0) }.prefix(3)
                let extra = actual.cells.filter { !wanted.cells.contains($0) }.prefix(3)
                #expect(actual.cells == wanted.cells, "\(name) \(sheet.name): missing \(Array(missing)), extra \(Array(extra))")
                #expect(actual.merges == wanted.merges, "\(name) \(sheet.name)")
            }
        }
    }
}
