import Testing
@testable import XlsxReaderKit
import SpreadsheetModel

@Suite struct AddressAndNameTests {
    @Test func cellAddressParsesAndPrints() {
        #expect(CellAddress("B3") == CellAddress(row: 2, column: 1))
        #expect(CellAddress("$AA$10") == CellAddress(row: 9, column: 26))
        #expect(CellAddress("xfd1048576") == CellAddress(row: 1_048_575, column: 16_383))
        for bad in ["", "B", "3", "A0", "XFE1", "A1048577", "3B", "B3C", "A-1", "A$$1", "收1"] {
            #expect(CellAddress(bad) == nil, "\(bad) should not parse")
        }
        #expect(CellAddress(row: 0, column: 0).a1 == "A1")
        #expect(CellAddress(row: 99, column: 25).a1 == "Z100")
        #expect(CellAddress(row: 0, column: 26).a1 == "AA1")
        #expect(CellAddress(row: 0, column: 702).a1 == "AAA1")
        #expect(CellAddress("B1")! < CellAddress("A2")!)
    }

    @Test func cellRangeParsesAndNormalises() {
        let range = GridRange("A3:A4")
        #expect(range?.first == CellAddress(row: 2, column: 0))
        #expect(range?.last == CellAddress(row: 3, column: 0))
        #expect(range?.a1 == "A3:A4")
        #expect(GridRange("B2")?.a1 == "B2")
        #expect(GridRange("C5:A1")?.a1 == "A1:C5")
        #expect(GridRange("A1:B2:C3") == nil)
        #expect(GridRange("A1:") == nil)
        #expect(GridRange("A1:C5")?.contains(CellAddress(row: 4, column: 2)) == true)
        #expect(GridRange("A1:C5")?.contains(CellAddress(row: 5, column: 2)) == false)
    }

    @Test func printTitlesValues() {
        #expect(PrintTitles.repeatRows(in: "'收支总表'!$4:$6") == 3...5)
        #expect(PrintTitles.repeatRows(in: "Sheet1!$1:$3") == 0...2)
        #expect(PrintTitles.repeatRows(in: "Sheet1!$A:$B,Sheet1!$2:$2") == 1...1)
        #expect(PrintTitles.repeatRows(in: "'a,b''s!'!$5:$7") == 4...6)
        #expect(PrintTitles.areas(in: "'a,b''s!'!$5:$7").first?.sheetName == "a,b's!")
        #expect(PrintTitles.repeatRows(in: "Sheet1!$A:$B") == nil)
        #expect(PrintTitles.repeatRows(in: "#REF!") == nil)
    }

    @Test func partPaths() {
        #expect(PartPaths.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PartPaths.resolve("/xl/styles.xml", from: "xl/workbook.xml") == "xl/styles.xml")
        #expect(PartPaths.resolve("../docProps/x.xml", from: "xl/workbook.xml") == "docProps/x.xml")
        #expect(PartPaths.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
        #expect(PartPaths.resolve("worksheets/my%20sheet.xml", from: "xl/workbook.xml") == "xl/worksheets/my sheet.xml")
        #expect(PartPaths.relationshipsPart(for: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
    }

    @Test func excelEscapes() {
        #expect(ExcelEscapes.decode("a_x000D_b") == "a\rb")
        #expect(ExcelEscapes.decode("_x005F_x0041_") == "_x0041_")
        #expect(ExcelEscapes.decode("_x00ZZ_ plain") == "_x00ZZ_ plain")
    }
}
