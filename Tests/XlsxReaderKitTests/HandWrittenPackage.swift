import TestSupport
/// A minimal package written by hand, in the shapes other writers (Excel, LibreOffice)
/// use and libxlsxwriter does not: prefixed namespaces, rich text, phonetic runs, inline
/// strings, a sheet part not called sheetN.xml, cells without `r`, combined Print_Titles.
enum HandWrittenPackage {
    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
    """

    static let packageRels = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>
    </Relationships>
    """

    static let workbook = """
    <?xml version="1.0" encoding="UTF-8"?>
    <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      <x:sheets>
        <x:sheet name="Data, 2024" sheetId="7" rel:id="rIdB"/>
        <x:sheet name="Second" sheetId="3" rel:id="rIdA"/>
      </x:sheets>
      <x:definedNames>
        <x:definedName name="_xlnm.Print_Titles" localSheetId="0">'Data, 2024'!$A:$B,'Data, 2024'!$2:$3</x:definedName>
        <x:definedName name="_xlnm.Print_Titles">Second!$1:$1</x:definedName>
      </x:definedNames>
    </x:workbook>
    """

    static let workbookRels = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/second.xml"/>
      <Relationship Id="rIdB" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/data.xml"/>
      <Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
      <Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
    </Relationships>
    """

    static let sharedStrings = """
    <?xml version="1.0" encoding="UTF-8"?>
    <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
      <si><t>plain</t></si>
      <si><r><rPr><b/></rPr><t>一般</t></r><r><t xml:space="preserve"> 公共预算</t></r><rPh sb="0" eb="2"><t>いっぱん</t></rPh></si>
      <si><t>line_x000D_break</t></si>
    </sst>
    """

    static let styles = """
    <?xml version="1.0" encoding="UTF-8"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
      <fonts count="2">
        <font><sz val="11"/><name val="Calibri"/></font>
        <font><b val="0"/><i/><sz val="9.5"/><name val="宋体"/></font>
      </fonts>
      <borders count="2">
        <border><left/><right/><top/><bottom/><diagonal/></border>
        <border><left style="thin"/><right style="medium"/><top style="none"/><bottom style="double"/></border>
      </borders>
      <cellXfs count="3">
        <xf numFmtId="0" fontId="0" borderId="0"/>
        <xf numFmtId="164" fontId="1" borderId="1" applyNumberFormat="1"><alignment horizontal="right" vertical="top" wrapText="1"/></xf>
        <xf numFmtId="14" fontId="0" borderId="0"/>
      </cellXfs>
      <dxfs count="1"><dxf><font><b/></font><border><left style="thick"/></border></dxf></dxfs>
    </styleSheet>
    """

    static let dataSheet = """
    <?xml version="1.0" encoding="UTF-8"?>
    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <sheetViews>
        <sheetView workbookViewId="0"><pane xSplit="1" ySplit="2" topLeftCell="B3" state="frozen"/></sheetView>
      </sheetViews>
      <sheetData>
        <row r="2">
          <c t="s"><v>0</v></c>
          <c t="s" s="1"><v>1</v></c>
          <c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>
        </row>
        <row>
          <c r="A3" t="s"><v>2</v></c>
          <c r="B3" s="1"><v>0.125</v></c>
          <c r="C3" s="2"><v>45000</v></c>
          <c r="D3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>
          <c r="E3" t="b"><v>1</v></c>
          <c r="F3" t="e"><v>#DIV/0!</v></c>
        </row>
      </sheetData>
      <customSheetViews>
        <customSheetView guid="{00000000-0000-0000-0000-000000000000}"><pane ySplit="9" state="frozen"/></customSheetView>
      </customSheetViews>
      <pageSetup orientation="portrait" fitToWidth="2"/>
    </worksheet>
    """

    static let secondSheet = """
    <?xml version="1.0" encoding="UTF-8"?>
    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <sheetData/>
    </worksheet>
    """

    static func zip() -> TestZip {
        var zip = TestZip()
        zip.add("[Content_Types].xml", contentTypes)
        zip.add("_rels/.rels", packageRels)
        zip.add("xl/workbook.xml", workbook)
        zip.add("xl/_rels/workbook.xml.rels", workbookRels)
        zip.add("xl/sharedStrings.xml", sharedStrings)
        zip.add("xl/styles.xml", styles)
        zip.add("xl/worksheets/data.xml", dataSheet)
        zip.add("xl/worksheets/second.xml", secondSheet)
        return zip
    }
}
