import Testing
import SpreadsheetModel
@testable import BudgetCore

/// The functions rewritten to work on UTF-8 bytes give exactly what their Character-based
/// versions gave, on the edge cases bytes could get wrong: CR LF (one Character), a lone CR,
/// combining marks, full-width forms, GB18030's 4-byte characters (CJK Extension B), emoji.
@Suite struct ByteLevelTextTests {
    /// The texts every rewritten function is checked on.
    static let edgeCases: [String] = [
        "", " ", "\t", "abc", "预算", "a\r\nb", "a\rb", "a\nb", "a\n", "\n", "\r\n", "a\r\n\r\nb",
        "e\u{301}", " \u{301}x ", "x\u{600} ", "a\u{200D} ", "ＡＢ１２", "　　其中：", "𠀀𠀁", "𠀀 ",
        "👍🏽 ", " 👍", "🇨🇳", "\u{FEFF}a\u{200B}", "\u{200B} ", " \u{FEFF}", "政府基金", "“政府基金”预算０１",
        "a\u{2028}b\u{205F}c\u{85}d\u{A0}e", "カ\u{3099}", "\u{F90A}", "한국어", "x  \t ",
    ]

    // MARK: DisplayWidth and row heights

    @Test func displayWidthCountsWideNarrowAndZeroWidthScalars() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("预算") == 4)
        #expect(DisplayWidth.of("ＡＢ１２") == 8)          // full-width forms
        #expect(DisplayWidth.of("e\u{301}") == 1)          // combining mark: zero
        #expect(DisplayWidth.of("𠀀𠀁") == 4)              // 4-byte in UTF-8 and in GB18030
        #expect(DisplayWidth.of("👍🏽") == 2)               // two narrow scalars
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("预算表"[...].dropFirst()) == 4)  // a Substring
    }

    @Test func widestLineSplitsAtLFButNotInsideCRLF() {
        #expect(DisplayWidth.widestLine("ab\n预算预算\nc") == 8)
        #expect(DisplayWidth.widestLine("ab\r\ncd") == 6)   // "\r\n" is one Character, no line end for split
        #expect(DisplayWidth.widestLine("ab\rcd") == 5)     // a lone CR is no line end either
        #expect(DisplayWidth.widestLine("") == 0)
        #expect(DisplayWidth.widestLine("abc\n") == 3)
    }

    @Test func displayWidthsMatchTheCharacterBasedDefinition() {
        for text in Self.edgeCases {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let reference = lines.map { $0.unicodeScalars.reduce(0) { $0 + DisplayWidth.width(of: $1) } }
            #expect(DisplayWidth.of(text) == text.unicodeScalars.reduce(0) { $0 + DisplayWidth.width(of: $1) }, "\(text.debugDescription)")
            #expect(DisplayWidth.widestLine(text) == (reference.max() ?? 0), "\(text.debugDescription)")
            var widths: [Int] = []
            DisplayWidth.forEachLineWidth(text) { widths.append($0) }
            #expect(widths == reference, "\(text.debugDescription)")
        }
    }

    @Test func rowHeightCountsWrappedLines() {
        // usable = capacity - 1 = 4 units per line: "预算预算" (8) takes 2 lines, "" takes 1.
        #expect(SheetCanvas.height(of: "预算预算\n", capacity: 5) == 3 * SheetCanvas.lineHeight + 5)
        // "\r\n" does not end a line: 6 units on one source line, wrapped to 2.
        #expect(SheetCanvas.height(of: "ab\r\ncd", capacity: 5) == 2 * SheetCanvas.lineHeight + 5)
        #expect(SheetCanvas.height(of: "a", capacity: 5) == SheetCanvas.lineHeight + 5)
    }

    // MARK: Tokenizer trimming

    @Test func cellAndTextLinesTrimmedAsCharacters() {
        let text = "\t 值 \u{FEFF}\u{200B}\t\n\t𠀀 \n\t👍🏽 \n 👍 \n\t　　其中：\u{3000}\n \u{301}x \n\u{200B} \n"
        #expect(Array(Tokenizer(text: text)) == [
            .cell(" 值", line: 1),            // a cell keeps its leading blanks
            .cell("𠀀", line: 2),
            .cell("👍🏽", line: 3),
            .text("👍", line: 4),
            .cell("　　其中：\u{3000}", line: 5),  // U+3000 is no export blank
            .text(" \u{301}x", line: 6),      // space + combining acute is one Character, no blank
            .blank(line: 7),
        ])
    }

    @Test func lineEndsCRLFAndLoneCR() {
        #expect(Array(Tokenizer(text: "a\r\rb\r\n\tc\r\n")) == [.text("a", line: 1), .blank(line: 2), .text("b", line: 3), .cell("c", line: 4)])
    }

    @Test func byteTrimsMatchTheCharacterBasedTrims() {
        for text in Self.edgeCases {
            let line = Substring(text)
            #expect(Array(line.trimmingBlanks().utf8) == Array(Self.characterTrim(line, leading: true).utf8), "\(text.debugDescription)")
            #expect(Array(line.trimmingTrailingBlanks().utf8) == Array(Self.characterTrim(line, leading: false).utf8),
                    "\(text.debugDescription)")
        }
    }

    @Test func lineCensusFindsTabsOnBytes() {
        let census = LineCensus("标题\n\t甲\n\t乙\t丙\n丁\t戊\n a,b\n")
        #expect(census == LineCensus(cellLines: 1, rowLines: 2, commaLines: 1, nonBlankLines: 5))
    }

    /// The Character-based trim the byte-level one replaces.
    static func characterTrim(_ line: Substring, leading: Bool) -> Substring {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.index(before: end)
            guard line[before].isExportBlank else { break }
            end = before
        }
        var start = line.startIndex
        while leading, start < end, line[start].isExportBlank { start = line.index(after: start) }
        return line[start..<end]
    }

    // MARK: Label normalisation

    @Test func compactRemovesEveryWhitespaceScalar() {
        #expect(TextNormalizer.compact("　a b\t\n") == "ab")
        #expect(TextNormalizer.compact("a\u{2028}b\u{205F}c\u{85}d\u{A0}e\u{1680}f") == "abcdef")
        #expect(TextNormalizer.compact("预算") == "预算")
        #expect(TextNormalizer.compact("e\u{301} 𠀀") == "e\u{301}𠀀")
        #expect(TextNormalizer.compact("\u{200B}") == "\u{200B}")  // zero-width space is no White_Space
    }

    @Test func labelRewritesQuotesDigitsAndFundName() {
        #expect(TextNormalizer.label("“政府基金”预算０１") == "政府性基金预算01")
        #expect(TextNormalizer.label(" 「一般」 '公共' ") == "一般公共")
        #expect(TextNormalizer.label("金额") == "金额")
        #expect(TextNormalizer.label("𠀀 👍🏽") == "𠀀👍🏽")
    }

    @Test func normalisationMatchesTheScalarDefinition() {
        for text in Self.edgeCases {
            var compact = String.UnicodeScalarView()
            compact.append(contentsOf: text.unicodeScalars.filter { !TextNormalizer.isWhitespace($0) })
            #expect(Array(TextNormalizer.compact(text).utf8) == Array(String(compact).utf8), "\(text.debugDescription)")
        }
    }

    // MARK: Prefix, suffix and count on bytes

    static let needles: [String] = ["", "预", "表", "a", "e", "\u{301}", "合计", "𠀀", "👍", "\n", "\r", "b", "金", "政府基金"]

    @Test func prefixSuffixAndCountAgreeWithCharacters() {
        for text in Self.edgeCases + ["预算表", "合计\u{301}", "x合计", "\u{F90A}", "e\u{301}x"] {
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
            for needle in Self.needles {
                #expect(text.startsWithText(needle) == text.hasPrefix(needle), "\(text.debugDescription) \(needle.debugDescription)")
                #expect(text.endsWithText(needle) == text.hasSuffix(needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
    }

    @Test func prefixAndSuffixRespectCharacterBoundaries() {
        #expect("预算表".endsWithText("表"))
        #expect(!"e\u{301}x".startsWithText("e"))        // é is one Character
        #expect(!"合计\u{301}".endsWithText("合计"))      // 计́ is one Character
        #expect("a\r\nb".characterCount == 3)            // CR LF is one Character
        #expect("𠀀👍🏽🇨🇳".characterCount == 3)
        #expect("　　其中：".characterCount == 5)
    }

    // MARK: Numbers and codes on bytes

    @Test func plainDecimalsParsedOnBytes() {
        #expect(NumberParser.parse("1,234.50") == 1234.5)
        #expect(NumberParser.parse("12,345,678") == 12_345_678)
        #expect(NumberParser.parse("-0.10") == -0.1)
        #expect(NumberParser.parse("1298") == 1298)
        for bad in ["", "-", "1,23", "1234,567", "0101", "１２", "1\u{301}", "1,234,", ",123", "1,,234", "1.2.3",
                    "1234567890123456", "1,234.5,6", "1.", ".5", "1e5", " 1", "1,2345"] {
            #expect(NumberParser.parse(bad) == nil, "\(bad.debugDescription)")
        }
        #expect(NumberParser.hasTwoDecimals("1,234.50"))
        #expect(!NumberParser.hasTwoDecimals("1.5"))
        #expect(!NumberParser.hasTwoDecimals("150"))
        #expect(NumberParser.isInteger("1,234"))
        #expect(!NumberParser.isInteger("1.00"))
        #expect(!NumberParser.isInteger("0101"))
    }

    @Test func codesAreASCIIDigitsOnly() {
        #expect("2080101".isASCIIDigits)
        #expect("".isASCIIDigits)
        #expect(!"２０８".isASCIIDigits)
        #expect(!"208\u{301}".isASCIIDigits)
        #expect(CodeTableView.code(from: " 208 01 ") == "20801")
        #expect(CodeTableView.code(from: "2080") == nil)
        #expect(CodeTableView.code(from: "20８") == nil)
    }
}
