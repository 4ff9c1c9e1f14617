import Foundation
import Testing
@testable import XlsxReaderKit
import SpreadsheetModel

/// Reads back a workbook written by libxlsxwriter and checks what the converter relies on.
@Suite struct LibxlsxwriterRoundTripTests {
    let temp: TempDirectory
    let workbook: ReadWorkbook

    init() throws {
        temp = try TempDirectory()
        let url = temp.file("fixture.xlsx")
        try LibxlsxwriterFixture.write(to: url)
        workbook = try ReadWorkbook.read(contentsOf: url)
    }

    private func summary() throws -> ReadSheet {
        try #require(workbook.sheet(named: LibxlsxwriterFixture.summarySheet))
    }

    @Test func sheetsComeInWorkbookOrder() {
        #expect(workbook.sheets.map(\.name) == [LibxlsxwriterFixture.summarySheet, "Sheet2"])
        #expect(workbook.sheet(named: "Sheet2")?["A1"]?.text == "second")
        #expect(workbook.sheet(named: "missing") == nil)
    }

    @Test func stringsNumbersAndKinds() throws {
        let sheet = try summary()
        #expect(sheet["A1"]?.text == "2024年收支总表")
        #expect(sheet["A1"]?.kind == .string)
        #expect(sheet["A4"]?.text == "一般公共预算")

        let b4 = try #require(sheet["B4"])
        #expect(b4.kind == .number)
        #expect(b4.text == "1234567.891")
        #expect(b4.number == 1234567.891)
        #expect(sheet["B5"]?.text == "-0.5")
        #expect(sheet["C4"]?.text == "42")
        #expect(sheet["A7"]?.text == "  leading and trailing  ")
    }

    @Test func stringStartingWithEqualsStaysAString() throws {
        let cell = try #require(try summary()["A6"])
        #expect(cell.kind == .string)
        #expect(cell.text == "=SUM(B4:B5)")
        #expect(cell.formula == nil)
        #expect(cell.number == nil)
    }

    @Test func formulaBooleanAndBlankCells() throws {
        let sheet = try summary()
        let formula = try #require(sheet["B6"])
        #expect(formula.kind == .formula)
        #expect(formula.formula == "SUM(B4:B5)")
        #expect(formula.text == "1234567.391")
        #expect(formula.number == 1234567.391)
        #expect(formula.style.numberFormat == "#,##0.00")

        #expect(sheet["C6"]?.kind == .boolean)
        #expect(sheet["C6"]?.text == "1")

        let blank = try #require(sheet["C5"])
        #expect(blank.kind == .string)
        #expect(blank.text == "")
        #expect(blank.style.hasAllBorders)
        #expect(sheet["D5"] == nil)
    }

    @Test func stylesAreResolved() throws {
        let sheet = try summary()
        let money = try #require(sheet["B4"]).style
        #expect(money.numberFormat == "#,##0.00")
        #expect(money.borderLeft == "thin")
        #expect(money.hasAllBorders)
        #expect(money.bold == false)

        let header = try #require(sheet["A3"]).style
        #expect(header.bold)
        #expect(header.fontName == "黑体")
        #expect(header.fontSize == 14)
        #expect(header.horizontalAlignment == "center")
        #expect(header.verticalAlignment == "center")
        #expect(header.wrapText)
        #expect(header.numberFormat == "General")

        let plain = try #require(sheet["C4"]).style
        #expect(plain == ReadCellStyle(numberFormat: "General", fontName: "Calibri", fontSize: 11))
        #expect(plain.hasAllBorders == false)

        #expect(sheet["D6"]?.style.numberFormat == "0.00%")
    }

    @Test func mergesAndMergedCells() throws {
        let sheet = try summary()
        #expect(Set(sheet.merges) == [GridRange("A1:D1"), GridRange("A4:A5")])
        #expect(sheet.mergeContaining(CellAddress(row: 4, column: 0))?.a1 == "A4:A5")
        #expect(sheet.mergeContaining(CellAddress(row: 0, column: 2))?.a1 == "A1:D1")
        #expect(sheet.mergeContaining(CellAddress(row: 3, column: 1)) == nil)
        // libxlsxwriter writes the hidden cells of a merge as styled blanks.
        #expect(sheet["A5"]?.text == "")
        #expect(sheet["A5"]?.style.hasAllBorders == true)
    }

    @Test func layoutWidthsHeightsAndFrozenPanes() throws {
        let sheet = try summary()
        // Stored widths include the padding libxlsxwriter adds (whole pixels): 20 -> 20.7109375, 15.5 -> 16.28515625.
        #expect(sheet.columnWidths == [0: 20.7109375, 1: 16.28515625, 2: 16.28515625])
        #expect(sheet.rowHeights[0] == 30)
        #expect(sheet.rowHeights[1] == nil)
        #expect(sheet.frozenRows == 3)
        #expect(sheet.frozenColumns == 1)
        #expect(sheet.maxRow == 6)
        #expect(sheet.maxColumn == 3)
        #expect(sheet.rowTexts(3) == ["一般公共预算", "1234567.891", "42", ""])
        #expect(sheet.rowTexts(1) == ["", "", "", ""])
    }

    @Test func printSetup() throws {
        let setup = try summary().printSetup
        #expect(setup == ReadPrintSetup(landscape: true, paperSize: 9, fitToPage: true,
                                        fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
                                        footer: "&C第 &P 页", header: "&L单位：万元", repeatRows: 3...5))
        let second = try #require(workbook.sheet(named: "Sheet2")).printSetup
        #expect(second.repeatRows == 0...1)
        #expect(second.landscape == false)
        #expect(second.fitToPage == false)
        #expect(second.fitToWidth == nil)
        #expect(second.footer == nil)
    }

    /// The verify command may read several workbooks at once: libxml2 is initialised once
    /// and each read has its own archive and readers.
    @Test func concurrentReadsAgree() async throws {
        let url = temp.file("fixture.xlsx")
        let texts = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let sheet = try ReadWorkbook.read(contentsOf: url).sheets[0]
                    return (0...sheet.maxRow).flatMap { sheet.rowTexts($0) }
                }
            }
            return try await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(texts.count == 8)
        #expect(Set(texts).count == 1)
    }

    @Test func documentProperties() {
        #expect(workbook.coreProperties["title"] == "2024年预算")
        #expect(workbook.coreProperties["keywords"] == "预算, budget")
        #expect(workbook.coreProperties["creator"] == "budget2xlsx")
        #expect(workbook.coreProperties["created"] == "2024-01-01T00:00:00Z")
        #expect(workbook.customProperties == ["来源": "一般公共预算.txt", "Generator": "budget2xlsx"])
    }
}
