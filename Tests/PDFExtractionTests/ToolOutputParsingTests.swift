import BudgetCore
import Testing
@testable import PDFExtraction

/// The tool's XML as mutool 1.21 writes it, including its defects.
@Suite("mutool XML parsing")
struct ToolOutputParsingTests {
    @Test func invalidUTF8AndForbiddenReferencesAreRepaired() {
        // A font name in raw GBK (0xCB 0xCE), a valid 公 (E5 85 AC), a reference to U+0001.
        let input: [UInt8] = Array("<font name=\"".utf8) + [0xCB, 0xCE] + Array("\" c=\"".utf8) + [0xE5, 0x85, 0xAC]
            + Array("&#x1;&#x516c;\"/>".utf8)
        #expect(String(decoding: UTF8Repair.repaired(input), as: UTF8.self) == "<font name=\"??\" c=\"公&#xFFFD;&#x516c;\"/>")
    }

    @Test func stextCharactersWithBoxesAndFontSize() throws {
        let xml = """
            <?xml version="1.0"?>
            <document name="x.pdf"><page id="page1" width="841.92" height="595.2"><block><line>
            <font name="\u{FFFD}" size="11.04">
            <char quad="44.664 51.73 55.704 51.73 44.664 62.77 55.704 62.77" x="44.664" y="61.22" color="#000000" c="&#x516c;"/>
            </font></line></block></page></document>
            """
        let pages = try StextParser.parse(UTF8Repair.repaired(Array(xml.utf8)), limits: .init(maxCharactersPerPage: 10))
        #expect(pages.count == 1 && pages[0].width == 841.92)
        #expect(pages[0].characters == [PDFCharacter("公", box: PDFRect(minX: 44.664, minY: 51.73, maxX: 55.704, maxY: 62.77), fontSize: 11.04)])
    }

    @Test func tracePathsTransformedWhiteAndCurvesMarkedClipsSkipped() throws {
        let xml = """
            <?xml version="1.0"?>
            <document name="x.pdf"><page mediabox="0 0 841.92 595.2">
            <clip_path winding="eofill" transform="1 0 0 -1 0 595.2"><moveto x="0" y="0"/><lineto x="10" y="0"/></clip_path>
            <fill_path winding="eofill" colorspace="DeviceGray" color="1" transform="1 0 0 -1 0 595.2">
            <moveto x="42.744" y="74.904"/><lineto x="742.294" y="74.904"/><lineto x="742.294" y="531.814"/><closepath/></fill_path>
            <stroke_path linewidth=".24" colorspace="DeviceGray" color="0" transform="1 0 0 -1 0 595.2">
            <moveto x="42.384" y="493.27"/><lineto x="42.384" y="74.784"/></stroke_path>
            <fill_path winding="nonzero" colorspace="DeviceRGB" color="0 0 0" transform="1 0 0 1 0 0">
            <moveto x="1" y="1"/><curveto x1="2" y1="2" x2="3" y2="3" x3="4" y3="1"/><closepath/></fill_path>
            <fill_image alpha="1" colorspace="DeviceRGB" transform="842 0 0 595 0 0" width="351" height="248"/>
            </page></document>
            """
        let pages = try TraceParser.parse(Array(xml.utf8), maxPathsPerPage: 10)
        let paths = pages[0].paths
        #expect(paths.count == 3 && pages[0].images == 1)
        #expect(paths[0].isWhite && paths[0].subpaths[0].count == 4)
        let stroke = paths[1].subpaths[0]
        #expect(abs(stroke[0].y - (595.2 - 493.27)) < 1e-9 && abs(stroke[1].y - (595.2 - 74.784)) < 1e-9)
        #expect(paths[1].paint == .stroke(lineWidth: 0.24) && !paths[1].isWhite)
        #expect(paths[2].hasCurves && !paths[2].isWhite)
    }

    @Test func aDTDIsRefused() {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE document [<!ENTITY x \"y\">]><document>&x;</document>"
        #expect(throws: ToolXMLReader.Failure.self) { try StextParser.parse(Array(xml.utf8), limits: .init(maxCharactersPerPage: 10)) }
    }
}
