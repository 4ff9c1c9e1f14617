import SpreadsheetModel
import Testing

/// Number styles stand for their format texts: equal exactly when the texts are, whichever
/// thread made them, and the printed formats come back with their shape.
@Suite struct NumberStyleTests {
    @Test func equalExactlyWhenTheTextsAre() {
        #expect(NumberStyle(rawValue: "#,##0.00") == .amount)
        #expect(NumberStyle(rawValue: "0") == .integer && NumberStyle(rawValue: "General") == .general)
        let texts = ["0.0%", "", "[Red]#,##0.00;-#,##0.00", "yyyy-mm-dd", "#,##0.00 ", "＃,##0.00"]
        for text in texts { #expect(NumberStyle(rawValue: text).rawValue == text) }
        let styles = texts.map { NumberStyle(rawValue: $0) }
        #expect(Set(styles).count == texts.count)
        #expect(!styles.contains(.amount))
        #expect(Set(texts.map { NumberStyle(rawValue: $0).hashValue }) == Set(styles.map(\.hashValue)))
    }

    @Test func stylesMadeOnManyThreadsAgree() async {
        let texts = (0..<300).map { "0.\(String(repeating: "0", count: $0 % 7))\" 第\($0)\"" }
        let made = await withTaskGroup(of: [NumberStyle].self) { group in
            for _ in 0..<8 { group.addTask { texts.shuffled().sorted().map { NumberStyle(rawValue: $0) } } }
            var all: [[NumberStyle]] = []
            for await styles in group { all.append(styles) }
            return all
        }
        let sorted = texts.sorted()
        for styles in made {
            #expect(styles == made[0])
            #expect(styles.map(\.rawValue) == sorted)
        }
        #expect(Set(made[0]).count == texts.count)
    }

    @Test func printedFormatsAndTheirShapes() {
        #expect(NumberStyle.printed(grouping: false, decimals: 0).rawValue == "0")
        #expect(NumberStyle.printed(grouping: true, decimals: 0).rawValue == "#,##0")
        #expect(NumberStyle.printed(grouping: true, decimals: 2) == .amount)
        #expect(NumberStyle.printed(grouping: false, decimals: 3).rawValue == "0.000")
        #expect(NumberStyle.printed(grouping: true, decimals: 9).rawValue == "#,##0.000000")
        #expect(NumberStyle.printed(grouping: false, decimals: -2) == .integer)
        for grouping in [false, true] {
            for decimals in 0...6 {
                let shape = NumberStyle.printed(grouping: grouping, decimals: decimals).printedShape
                #expect(shape?.grouping == grouping && shape?.decimals == decimals)
            }
        }
        for other in ["General", "0.0000000", "#,##0.00;-#,##0.00", "0%"] {
            #expect(NumberStyle(rawValue: other).printedShape == nil, "\(other)")
        }
    }

    /// Styles hash as they compare: every field counts, and 0 and -0 point sizes are one size.
    @Test func cellStylesHashAsTheyCompare() {
        var styles: [CellStyle] = [.title, .wrappedTitle, .header, .note, .meta(.left), .meta(.right),
                                   .body(), .body(bold: true), .code(), .code(bold: true), .narrative(bold: false),
                                   .number(.amount), .number(.amount, bold: true), .number(.integer, centered: true),
                                   .number(NumberStyle(rawValue: "0.0"))]
        var indented = CellStyle.body(); indented.indent = 3
        var top = CellStyle.body(); top.vertical = .top
        styles += [indented, top]
        #expect(Set(styles).count == styles.count)
        for (index, style) in styles.enumerated() {
            for other in styles[index...] where style == other { #expect(style.hashValue == other.hashValue) }
        }
        var zero = CellStyle(); zero.fontSize = 0
        var negativeZero = CellStyle(); negativeZero.fontSize = -0.0
        #expect(zero == negativeZero && zero.hashValue == negativeZero.hashValue)
    }

    @Test func aCellStyleCarriesItsFormatButNotGeneral() {
        #expect(CellStyle.number(.general).numberFormat == nil)
        #expect(CellStyle.number(.amount).numberFormat?.rawValue == "#,##0.00")
        #expect(CellStyle.number(NumberStyle(rawValue: "0.0")) != CellStyle.number(.amount))
        #expect(CellStyle.index.numberFormat == .integer)
    }
}
