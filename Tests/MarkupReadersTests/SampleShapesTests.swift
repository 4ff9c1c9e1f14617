import BudgetCore
import Foundation
@testable import MarkupReaders
import Testing
import TestSupport

/// The sample, written by these tests as a disclosure page, an Excel web page in GBK and a
/// Word document, read back through the readers and the assembler: the same tables as from
/// its cell-per-line export.
@Suite struct SampleShapesTests {
    static func sampleDocument() throws -> BudgetDocument {
        try DocumentReader.read(try SampleExport.bytes())
    }

    /// The page chrome the writer adds around the budget (navigation, footer) is narrative;
    /// the script's fake table and the hidden text are nowhere.
    static func removingPageChrome(_ document: BudgetDocument) -> BudgetDocument {
        var document = document
        let texts = document.narrative.map(\.text)
        #expect(texts.first == "首页 > 政务公开")
        #expect(Array(texts.suffix(2)) == ["主办单位：某县人民政府", "网站标识码：1234567890"])
        let everything = texts + document.tables.flatMap { $0.allRows.flatMap(\.texts) + [$0.title] }
        #expect(!everything.contains { $0.contains("隐藏的文字") || $0.contains("不是表") || $0.contains("部门预算公开") && $0.count < 8 })
        if texts.count >= 3 { document.narrative = Array(document.narrative.dropFirst().dropLast(2)) }
        return document
    }

    @Test func assemblerAloneGivesTheSampleBackFromDisclosureBlocks() throws {
        let expected = try Self.sampleDocument()
        let blocks = SampleModel.blocks(of: expected, layout: .disclosurePage)
        let actual = StructuredAssembler.assemble(StructuredDocument(blocks: blocks))
        let differences = compare(expected, actual)
        #expect(differences == [], "\(report(differences))")
        #expect(WorkbookPlanner.plan(actual, sourceName: "sample").sheets.count == 48)  // 47 tables + 情况说明
        let workbookDifferences = compareWorkbooks(expected, actual)
        #expect(workbookDifferences == [], "\(report(workbookDifferences))")
    }

    @Test func assemblerAloneGivesTheSampleBackFromExcelBlocks() throws {
        let expected = try Self.sampleDocument()
        let blocks = SampleModel.blocks(of: expected, layout: .excelWebPage)
        let actual = StructuredAssembler.assemble(StructuredDocument(blocks: blocks))
        let differences = compare(expected, actual)
        #expect(differences == [], "\(report(differences))")
        #expect(WorkbookPlanner.plan(actual, sourceName: "sample").sheets.count == 48)  // 47 tables + 情况说明
        let workbookDifferences = compareWorkbooks(expected, actual)
        #expect(workbookDifferences == [], "\(report(workbookDifferences))")
    }

    @Test func disclosurePageHTML() throws {
        let expected = try Self.sampleDocument()
        let html = MarkupWriters.html(SampleModel.blocks(of: expected, layout: .disclosurePage))
        let structured = try MarkupReader.read(data: Data(html.utf8), fileName: "平乡县人社局.html")
        let actual = Self.removingPageChrome(StructuredAssembler.assemble(structured))
        #expect(actual.tables.count == 47)
        let differences = compare(expected, actual)
        #expect(differences == [], "\(report(differences))")
        #expect(WorkbookPlanner.plan(actual, sourceName: "sample").sheets.count == 48)  // 47 tables + 情况说明
        let workbookDifferences = compareWorkbooks(expected, actual)
        #expect(workbookDifferences == [], "\(report(workbookDifferences))")
    }

    @Test func excelWebPageInGBK() throws {
        let expected = try Self.sampleDocument()
        let html = MarkupWriters.html(SampleModel.blocks(of: expected, layout: .excelWebPage), charset: "gb2312", excelStyle: true)
        let bytes = try #require(ExportVariants.gb18030CRLF(html))
        #expect(String(validating: bytes, as: UTF8.self) == nil)  // really GBK, not UTF-8
        let structured = try MarkupReader.read(data: Data(bytes), fileName: "平乡县人社局.xls")
        let actual = Self.removingPageChrome(StructuredAssembler.assemble(structured))
        #expect(actual.tables.count == 47)
        let differences = compare(expected, actual)
        #expect(differences == [], "\(report(differences))")
        #expect(WorkbookPlanner.plan(actual, sourceName: "sample").sheets.count == 48)  // 47 tables + 情况说明
        let workbookDifferences = compareWorkbooks(expected, actual)
        #expect(workbookDifferences == [], "\(report(workbookDifferences))")
    }

    @Test func wordDocument() throws {
        let expected = try Self.sampleDocument()
        let xml = MarkupWriters.documentXML(SampleModel.blocks(of: expected, layout: .disclosurePage))
        let data = try MarkupWriters.docx(documentXML: xml)
        #expect(MarkupReader.shape(of: data, fileName: "平乡县人社局.docx") == .docx)
        let structured = try MarkupReader.read(data: data, fileName: "平乡县人社局.docx")
        let actual = StructuredAssembler.assemble(structured)
        #expect(actual.tables.count == 47)
        let differences = compare(expected, actual)
        #expect(differences == [], "\(report(differences))")
        #expect(WorkbookPlanner.plan(actual, sourceName: "sample").sheets.count == 48)  // 47 tables + 情况说明
        let workbookDifferences = compareWorkbooks(expected, actual)
        #expect(workbookDifferences == [], "\(report(workbookDifferences))")
    }
}
