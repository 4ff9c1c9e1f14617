import BudgetCore
import Foundation
import MarkupReaders
import Testing

/// What Excel's "Save as Web Page" really writes around a sheet: Office namespaces, <col>
/// widths, a hidden sizing row inside downlevel-revealed conditional comments, x:num values,
/// spacerun spans (the cell's own spaces, kept), and a page served as .xls.
@Suite struct ExcelQuirksTests {
    static let page = """
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
        xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
        <head>
        <meta http-equiv=Content-Type content="text/html; charset=utf-8">
        <meta name=ProgId content=Excel.Sheet>
        <!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>三公</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
        </head>
        <body link=blue vlink=purple>
        <table border=0 cellpadding=0 cellspacing=0 width=432 style='border-collapse:collapse;table-layout:fixed;width:324pt'>
         <col width=144 style='mso-width-source:userset;width:108pt'>
         <col width=72 span=4 style='width:54pt'>
         <tr height=30 style='height:22.5pt'>
          <td colspan=5 height=30 class=xl65 width=432 style='height:22.5pt;width:324pt'>财政拨款“三公”经费支出表</td>
         </tr>
         <tr height=18 style='height:13.5pt'>
          <td height=18 class=xl66 style='height:13.5pt'>某某局</td>
          <td></td>
          <td class=xl66>预算年度：2022</td>
          <td></td>
          <td class=xl66>单位：万元</td>
         </tr>
         <tr height=18 style='height:13.5pt'>
          <td rowspan=2 height=36 class=xl67 style='height:27.0pt'>合计</td>
          <td rowspan=2 class=xl67>因公出国（境）费</td>
          <td colspan=2 class=xl67 style='border-left:none'>公务用车购置及运行费</td>
          <td rowspan=2 class=xl67>公务接待费</td>
         </tr>
         <tr height=18 style='height:13.5pt'>
          <td height=18 class=xl67 style='height:13.5pt;border-top:none;border-left:none'>小计</td>
          <td class=xl67 style='border-top:none;border-left:none'>公务用车<span style='mso-spacerun:yes'>  </span>购置费</td>
         </tr>
         <tr height=18 style='height:13.5pt'>
          <td height=18 class=xl68 align=right style='height:13.5pt' x:num="12.5">12.50</td>
          <td class=xl68 align=right x:num>0.00</td>
          <td class=xl68 align=right x:num="10">10.00</td>
          <td class=xl68 align=right x:num>0.00</td>
          <td class=xl68 align=right x:num="2.5">2.50</td>
         </tr>
         <tr height=18 style='height:13.5pt'>
          <td colspan=5 height=18 class=xl69 style='height:13.5pt'>注：本表无数据时为空表。</td>
         </tr>
         <![if supportMisalignedColumns]>
         <tr height=0 style='display:none'>
          <td width=144 style='width:108pt'></td>
          <td width=72 style='width:54pt'></td>
          <td width=72 style='width:54pt'></td>
          <td width=72 style='width:54pt'></td>
          <td width=72 style='width:54pt'></td>
         </tr>
         <![endif]>
        </table>
        </body>
        </html>
        """

    @Test func excelWebPageServedAsXls() throws {
        let structured = try MarkupReader.read(data: Data(Self.page.utf8), fileName: "三公.xls")
        let document = StructuredAssembler.assemble(structured)
        #expect(document.narrative.map(\.text) == [])
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.title == "财政拨款“三公”经费支出表")
        #expect(table.kind == .threePublicExpenditure)
        #expect(table.meta?.texts == ["某某局", "预算年度：2022", "单位：万元"])
        #expect(table.headerRows.map(\.texts) == [["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
                                                 ["", "", "小计", "公务用车  购置费", ""]])
        #expect(table.header.merges.map(\.description) == ["A1:A2", "B1:B2", "C1:D1", "E1:E2"])
        #expect(table.dataRows.map(\.texts) == [["12.50", "0.00", "10.00", "0.00", "2.50"]])
        #expect(table.notes.map(\.text) == ["注：本表无数据时为空表。"])
    }
}
