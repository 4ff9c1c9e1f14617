import Foundation
import TestSupport
import Testing
@testable import XlsxReaderKit

/// Shapes other writers produce: see `HandWrittenPackage`.
@Suite struct HandWrittenPackageTests {
    private func read(_ zip: TestZip) throws -> ReadWorkbook {
        let temp = try TempDirectory()
        let url = temp.file("hand.xlsx")
        try zip.write(to: url)
        return try ReadWorkbook.read(contentsOf: url)
    }

    @Test func sheetsResolvedThroughRelationships() throws {
        let workbook = try read(HandWrittenPackage.zip())
        #expect(workbook.sheets.map(\.name) == ["Data, 2024", "Second"])
        #expect(workbook.sheets[1].cells.isEmpty)
        #expect(workbook.sheets[1].maxRow == -1)
        #expect(workbook.sheets[1].rowTexts(0) == [])
        #expect(workbook.coreProperties.isEmpty)
        #expect(workbook.customProperties.isEmpty)
    }

    @Test func richTextPhoneticAndInlineStrings() throws {
        let sheet = try read(HandWrittenPackage.zip()).sheets[0]
        // Cells without `r` follow the previous cell; the row without `r` follows row 2.
        #expect(sheet["A2"]?.text == "plain")
        #expect(sheet["B2"]?.text == "一般 公共预算")
        #expect(sheet["C2"]?.text == "inline")
        #expect(sheet["C2"]?.kind == .string)
        #expect(sheet["A3"]?.text == "line\rbreak")
    }

    @Test func cellKinds() throws {
        let sheet = try read(HandWrittenPackage.zip()).sheets[0]
        #expect(sheet["B3"]?.kind == .number)
        #expect(sheet["B3"]?.text == "0.125")
        #expect(sheet["D3"]?.kind == .formula)
        #expect(sheet["D3"]?.formula == "\"a\"&\"b\"")
        #expect(sheet["D3"]?.text == "ab")
        #expect(sheet["D3"]?.number == nil)
        #expect(sheet["E3"]?.kind == .boolean)
        #expect(sheet["F3"]?.kind == .error)
        #expect(sheet["F3"]?.text == "#DIV/0!")
    }

    @Test func stylesFromTopLevelSectionsOnly() throws {
        let sheet = try read(HandWrittenPackage.zip()).sheets[0]
        let style = try #require(sheet["B3"]).style
        #expect(style == ReadCellStyle(numberFormat: "0.0%", bold: false, italic: true,
                                       fontName: "宋体", fontSize: 9.5,
                                       borderLeft: "thin", borderRight: "medium", borderTop: nil,
                                       borderBottom: "double", horizontalAlignment: "right",
                                       verticalAlignment: "top", wrapText: true))
        #expect(style.hasAllBorders == false)
        #expect(sheet["C3"]?.style.numberFormat == "mm-dd-yy")
        #expect(sheet["A2"]?.style.bold == false)
        #expect(sheet["A2"]?.style.borderLeft == nil)
    }

    @Test func frozenPaneFromSheetViewOnlyAndPrintTitles() throws {
        let workbook = try read(HandWrittenPackage.zip())
        let sheet = workbook.sheets[0]
        #expect(sheet.frozenRows == 2)
        #expect(sheet.frozenColumns == 1)
        #expect(sheet.printSetup.repeatRows == 1...2)
        #expect(sheet.printSetup.fitToPage == false)
        #expect(sheet.printSetup.fitToWidth == 2)
        #expect(sheet.printSetup.fitToHeight == nil)
        // Second's Print_Titles has no localSheetId: matched by the sheet name in the value.
        #expect(workbook.sheets[1].printSetup.repeatRows == 0...0)
    }

    @Test func workbookWithoutStylesOrSharedStrings() throws {
        var zip = TestZip()
        zip.add("xl/workbook.xml", """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        zip.add("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """)
        zip.add("xl/worksheets/sheet1.xml", """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>
            """)
        let sheet = try read(zip).sheets[0]
        #expect(sheet["A1"]?.number == 1.5)
        #expect(sheet["A1"]?.style == ReadCellStyle())
        #expect(sheet.rowTexts(0) == ["1.5", "x"])
    }
}
