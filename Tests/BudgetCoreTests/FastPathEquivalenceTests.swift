import Testing
import CorpusGenerator
@testable import SpreadsheetModel
@testable import BudgetCore

/// The speed work of issue 11 replaced Character- and scalar-based code with byte scans,
/// precomputed indexes and early exits. Each fast path is checked here against the plain
/// definition it replaced, on random texts made of the pieces exports hold and the pieces
/// that break byte-level code (CR LF, combining marks, full-width forms, quotes, U+3000,
/// 4-byte scalars, compatibility ideographs).
@Suite struct FastPathEquivalenceTests {
    static let pieces: [String] = [
        "\t", "\t", " ", ",", "\"", "'", "\n", "\r\n", "\r", "　", "\u{FEFF}", "\u{200B}", "\u{301}", "\u{600}",
        "0", "7", "12", ".", "-", "+", "１", "２", "．", "，", "－", "—", "a", "Z", "Ｑ", "ｑ", "é",
        "“", "”", "「", "」", "政府", "基", "金", "预算", "收支", "总表", "支出表", "表", "合计", "年",
        "财政拨款", "一般公共", "𠀀", "\u{F90A}", "[", ":", "/", "?", "*",
    ]

    static func randomTexts(count: Int, seed: UInt64, maxPieces: Int = 12) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...maxPieces, using: &random)
            return (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    // MARK: LineCensus on bytes

    /// The census the one-pass byte scan replaced: each line from LineSplitter, trimmed with
    /// the Character-exact trims, its TABs found by their byte.
    static func referenceCensus(_ text: String) -> LineCensus {
        var census = LineCensus()
        for (_, line) in LineSplitter(text) {
            let body = line.trimmingTrailingBlanks()
            guard !body.trimmingBlanks().isEmpty else { continue }
            census.nonBlankLines += 1
            if body.utf8.first == 0x09 {
                if body.utf8.dropFirst().contains(0x09) { census.rowLines += 1 } else { census.cellLines += 1 }
            } else if body.utf8.contains(0x09) {
                census.rowLines += 1
            } else {
                var quoted = false
                var comma = false
                for scalar in body.unicodeScalars {
                    if scalar == "\"" { quoted.toggle() } else if scalar == ",", !quoted { comma = true; break }
                }
                if comma { census.commaLines += 1 }
            }
        }
        return census
    }

    @Test func lineCensusCountsWhatTheCharacterDefinitionCounts() {
        for text in Self.randomTexts(count: 3000, seed: 11, maxPieces: 30) + ByteLevelTextTests.edgeCases {
            #expect(LineCensus(text) == Self.referenceCensus(text), "\(text.debugDescription)")
        }
    }

    /// The reader tells a text's shape from the lines the tokenizer counted as it cut them.
    @Test func tokenizerCountsTheCellAndRowLinesTheCensusCounts() {
        for text in Self.randomTexts(count: 3000, seed: 21, maxPieces: 30) + ByteLevelTextTests.edgeCases {
            var tokenizer = Tokenizer(text: text)
            while tokenizer.next() != nil {}
            let census = LineCensus(text), counted = tokenizer.cellsAndRows
            #expect(counted?.cellLines == census.cellLines && counted?.rowLines == census.rowLines
                        && counted?.nonBlankLines == census.nonBlankLines, "\(text.debugDescription)")
        }
    }

    /// The tokenizer finds, trims and copies lines on the text's bytes; the reference cuts each
    /// line as a Substring and classifies that (the Character trims where bytes cannot tell).
    @Test func tokensOnBytesAreTheTokensOfSubstringLines() {
        let texts = Self.randomTexts(count: 3000, seed: 23, maxPieces: 30) + ByteLevelTextTests.edgeCases
            + ["\tx\u{600} \n\u{600} y\r\n", "\t\u{600} ", " \u{301}\n\ta \u{301}", "a\n\n", "\n", "\t\t", "\t"]
        for text in texts {
            let reference = LineSplitter(text).map { Tokenizer.classify($0.text, number: $0.number) }
            #expect(Array(Tokenizer(text: text)) == reference, "\(text.debugDescription)")
        }
        // A space a prepended mark holds is no blank: trimmed by Characters, as before.
        #expect(Array(Tokenizer(text: "\tx\u{600} \n \u{600} y ")) == [.cell("x\u{600} ", line: 1), .text("\u{600} y", line: 2)])
    }

    @Test func lineSplitterEndsLinesAtLFCRLFAndCR() {
        for text in Self.randomTexts(count: 2000, seed: 12, maxPieces: 30) {
            // The definition, scalar by scalar: LF, CR LF and a lone CR each end a line; the
            // end of the text closes a last line only when it is not empty.
            var expected: [String] = []
            var current = String.UnicodeScalarView()
            var scalars = text.unicodeScalars.makeIterator()
            var pending = scalars.next()
            while let scalar = pending {
                pending = scalars.next()
                if scalar == "\n" || scalar == "\r" {
                    expected.append(String(current))
                    current = String.UnicodeScalarView()
                    if scalar == "\r", pending == "\n" { pending = scalars.next() }
                } else {
                    current.append(scalar)
                }
            }
            if !current.isEmpty { expected.append(String(current)) }
            let lines = LineSplitter(text).map { String($0.text) }
            #expect(lines.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) }, "\(text.debugDescription)")
            #expect(LineSplitter(text).map(\.number) == Array((0..<expected.count).map { $0 + 1 }))
        }
    }

    // MARK: Label normalisation on bytes

    /// The scalar-based normalisation the byte rebuild replaced.
    static func referenceLabel(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for s in text.unicodeScalars where !TextNormalizer.isWhitespace(s) {
            switch s {
            case "\u{201C}", "\u{201D}", "\"", "'", "\u{2018}", "\u{2019}", "\u{300C}", "\u{300D}": continue
            case "\u{FF10}"..."\u{FF19}": scalars.append(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
            case "金" where scalars.suffix(3) == ["政", "府", "基"]:
                scalars.insert("性", at: scalars.count - 1)
                scalars.append(s)
            default: scalars.append(s)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    @Test func labelNormalisesAsTheScalarDefinition() {
        for text in Self.randomTexts(count: 3000, seed: 13) + ByteLevelTextTests.edgeCases + ["政府基金", "政府 基金", "“政府基”金"] {
            let label = TextNormalizer.label(text)
            #expect(Array(label.unicodeScalars) == Array(Self.referenceLabel(text).unicodeScalars), "\(text.debugDescription)")
        }
        #expect(TextNormalizer.label(" 政府基金预算“表” ") == "政府性基金预算表")
    }

    // MARK: Title keys matched through the index

    @Test func titleIndexPicksTheEntryTheLongestKeyMatchPicks() {
        let catalog = FamilyCatalog.builtin
        let entries = catalog.families.flatMap(\.tables)
        let keys = entries.flatMap(\.titleKeys)
        var random = SplitMix64(seed: 14)
        let titles = Self.randomTexts(count: 500, seed: 15, maxPieces: 4).map { noise in
            noise + (keys.randomElement(using: &random) ?? "") + (Bool.random(using: &random) ? "" : noise)
        } + ["2022年部门预算收支总表", "收支总表\u{301}", "一般公共预算财政拨款基本支出表", "表", "", "a表", "１表"]
            + keys + keys.map { "x" + $0 } + keys.map { String($0.unicodeScalars.suffix(2)) }
        // Every key normalised and compared at every call, as before the index.
        func reference(_ normalized: String, _ entries: [TemplateEntry]) -> (entry: TemplateEntry, length: Int)? {
            var best: (entry: TemplateEntry, length: Int)?
            for entry in entries {
                for key in entry.titleKeys where !normalized.isEmpty && normalized.hasSuffix(TextNormalizer.label(key)) {
                    if key.count > (best?.length ?? 0) { best = (entry, key.count) }
                }
            }
            return best
        }
        for title in titles {
            let normalized = TextNormalizer.label(title)
            #expect(catalog.anyEntry(forTitle: title) == reference(normalized, entries)?.entry, "\(title.debugDescription)")
            // Each family's own index too: family detection scores by the matched key's length.
            for family in catalog.families {
                let found = family.entry(forNormalizedTitle: normalized), expected = reference(normalized, family.tables)
                #expect(found?.entry == expected?.entry && found?.length == expected?.length,
                        "\(family.name) \(title.debugDescription)")
            }
        }
    }

    // MARK: Amounts, sheet names, column widths

    @Test func amountsStillParseAndLabelsStillDoNot() {
        #expect(Cents(parsing: "１，２３４．５") == Cents(123_450))
        #expect(Cents(parsing: " -1,234.56 ") == Cents(-123_456))
        #expect(Cents(parsing: "—") == Cents.zero)
        #expect(Cents(parsing: "－") == Cents.zero)
        #expect(Cents(parsing: "一般公共预算拨款") == nil)
        #expect(Cents(parsing: "12元") == nil)
        #expect(Cents(parsing: "1—2") == nil)
        #expect(Cents(parsing: "+") == nil)
    }

    /// Amounts are computed from their digits rather than converted by `Double(String)`: the
    /// same double, bit for bit (signed zeros too), for every length, separator and decimals.
    @Test func amountsParseToTheDoubleTheStandardConversionGives() {
        var random = SplitMix64(seed: 11)
        var texts = ["0", "-0", "0.0", "-0.00", "999999999999999", "-99999999999999.9", "0.00000000000001",
                     "1,234,567,890,123.45", "9,007,199,254,740.99", "123456789012345", "0.1", "0.3", "2.675", "1.005"]
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...15, using: &random)
            let decimals = Int.random(in: 0...(digits - 1), using: &random)
            var whole = String(Int.random(in: 1...9, using: &random))
            for _ in 1..<(digits - decimals) { whole.append(String(Int.random(in: 0...9, using: &random))) }
            if Bool.random(using: &random), whole.count > 3 {
                var grouped = ""
                for (index, character) in whole.reversed().enumerated() {
                    if index > 0 && index % 3 == 0 { grouped.append(",") }
                    grouped.append(character)
                }
                whole = String(grouped.reversed())
            }
            let fraction = String((0..<decimals).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            let sign = Bool.random(using: &random) ? "-" : ""
            texts.append(sign + (decimals == 0 ? whole : whole + "." + fraction))
        }
        for text in texts {
            let expected = Double(text.replacingOccurrences(of: ",", with: ""))
            let parsed = NumberParser.parse(text)
            #expect(parsed != nil && parsed?.bitPattern == expected?.bitPattern, "\(text): \(String(describing: parsed)) against \(String(describing: expected))")
        }
    }

    /// `Cents(parsing:)` refuses a text holding a CJK ideograph or an ASCII letter on its
    /// bytes, and reads plain amounts on bytes: both give what the scalar grammar gives.
    @Test func amountShortcutsAgreeWithTheScalarGrammar() {
        let pieces = ["1", "23", "0", ".", ",", "-", "+", " ", "\u{3000}", "\u{A0}", "１", "２", "．", "，", "－", "−",
                      "—", "–", "元", "万", "合计", "预算", "a", "Z", "e", "\u{301}", "\t"]
        var random = SplitMix64(seed: 31)
        let known = ["1,234.50", "１，２３４．５", " -1,234.56 ", "−3", "—", "\u{3000}12.5\u{A0}", "+1,000", "12元", "a1",
                     "1e5", "合计", "-", ""]
        let texts = known + (0..<6000).map { _ in
            (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        for text in texts {
            let expected = Cents.parsePlain(text) ?? Cents(scalarsOf: text)
            #expect(Cents(parsing: text) == expected, "\(text.debugDescription)")
        }
        #expect(Cents(parsing: "1,234.50") == Cents(123_450) && Cents(parsing: "12元") == nil && Cents(parsing: "a1") == nil)
    }

    /// A column is text when at least half of its cells (and one) are not amounts: stopping
    /// once that is settled gives the answer of counting them all.
    @Test func mostlyWordsStopsWithTheAnswerOfCountingAll() {
        var random = SplitMix64(seed: 29)
        let cells = ["12.50", "1,234.00", "—", "", "合计", "一般公共预算", "见附表", "0.00", "-3"]
        for length in 0..<12 {
            for _ in 0..<200 {
                let texts = (0..<length).map { _ in cells.randomElement(using: &random)! }
                let words = texts.filter { Cents(parsing: $0) == nil }.count
                #expect(ColumnRoles.holdsMostlyWords(texts) == (words > 0 && words * 2 >= texts.count), "\(texts)")
            }
        }
    }

    /// A column is amounts when at least half its filled cells are numbers: reading until
    /// that is settled gives the answer of counting them all.
    @Test func columnKindsStopWithTheAnswerOfCountingAll() {
        var random = SplitMix64(seed: 31)
        let texts = ["12.50", "1,234.00", "7", "", "", "合计", "一般公共预算", "0101", "—"]
        for rowCount in 0..<10 {
            for _ in 0..<200 {
                let rows = (0..<rowCount).map { _ in
                    SourceRow([SourceCell(texts.randomElement(using: &random)!, line: 1), SourceCell("x", line: 1)])
                }
                let filled = rows.filter { !$0.cells[0].text.isEmpty }
                let numbers = filled.filter { NumberParser.parse($0.cells[0].text) != nil }.count
                let expected: HeaderTree.ColumnKind = filled.isEmpty ? .label : numbers * 2 >= filled.count ? .amount : .label
                let kinds = ColumnKinds.of(headerRows: [], dataRows: rows, width: 2, meanings: nil)
                #expect(kinds.first == expected, "\(rows.map { $0.cells[0].text })")
            }
        }
    }

    /// Line ends found eight bytes at a time are the first LF or CR a byte-by-byte scan finds,
    /// wherever they fall in a word, after CJK bytes (whose values are near neither) or none.
    @Test func lineEndsFoundByWordsAreTheFirstByteByByte() {
        for filler in ["a", "预", "\u{0B}\u{0C}", "\u{8A}"] {
            for length in 0..<40 {
                for terminator in ["\n", "\r", "\r\n", ""] {
                    let bytes = Array((String(repeating: filler, count: length) + terminator + "x\n").utf8)
                    for start in [0, 1, 7] where start <= bytes.count {
                        var end = start
                        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                        let found = bytes.withUnsafeBufferPointer { LineSplitter.lineEnd(in: $0, from: start).end }
                        #expect(found == end, "\(filler) \(length) \(terminator.debugDescription) from \(start)")
                    }
                }
            }
        }
    }

    /// A byte found eight bytes at a time is the first one a plain scan finds, from any offset.
    @Test func byteSearchFindsTheFirstByteAPlainScanFinds() {
        var random = SplitMix64(seed: 37)
        for length in 0..<40 {
            for _ in 0..<30 {
                let bytes = (0..<length).map { _ in [0x00, 0x01, 0xEF, 0xBF, 0x80, 0x7F, 0xFF, 0x0A][Int.random(in: 0..<8, using: &random)] as UInt8 }
                for sought in [0x00, 0xEF, 0xFF, 0x41] as [UInt8] {
                    for start in [0, 1, 5, 9] {
                        let expected = start < bytes.count ? bytes[start...].firstIndex(of: sought) : nil
                        let found = bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: sought, in: $0, from: start) }
                        #expect(found == expected, "\(bytes) \(sought) from \(start)")
                    }
                }
            }
        }
    }

    @Test func utf16LengthAndScalarsCountedOnBytes() {
        for text in Self.randomTexts(count: 2000, seed: 23) + ["", "𠀀", "a𠀀b", "\u{10FFFF}"] {
            #expect(SheetNameText.utf16Length(text) == text.utf16.count, "\(text.debugDescription)")
            #expect(SheetNameText.scalarCount(text) == text.unicodeScalars.count, "\(text.debugDescription)")
        }
    }

    @Test func sheetNameFoldingIsLowercasing() {
        for text in Self.randomTexts(count: 2000, seed: 16) + ["History", "ＨＩＳＴＯＲＹ", "Σ表", "预算Ab",
                                                               "“三公”经费", "‘A’…", "\u{2070}ⁱ", "\u{206F}Ω"] {
            #expect(SheetNameText.folded(text) == text.lowercased(), "\(text.debugDescription)")
        }
        var namer = SheetNamer()
        #expect(namer.unique("HISTORY") == "HISTORY表")
        #expect(namer.unique("收支总表") == "收支总表")
        #expect(namer.unique("收支总表") == "收支总表(2)")
        #expect(namer.unique(" 'a[b]:c/d?*' ") == "a〔b〕：c-d")
        #expect(namer.unique("x\\y\tz\u{1}") == "x-y z")
        #expect(namer.unique("“三公”经费") == "“三公”经费")
        #expect(namer.unique("“三公”经费") == "“三公”经费(2)")
        #expect(namer.unique("‘A’表") == "‘A’表")
        #expect(namer.unique("‘a’表") == "‘a’表(2)")  // unique ignoring case, quotes and all
    }

    // MARK: Sheet names cut on bytes

    /// The Character-based cuts the byte paths of plain names replaced.
    static func referenceTruncate(_ name: String, to limit: Int, ellipsis: Bool) -> String {
        guard name.utf16.count > limit else { return name }
        var result = ""
        for character in name {
            if result.utf16.count + character.utf16.count > (ellipsis ? limit - 1 : limit) { break }
            result.append(character)
        }
        while result.last == "'" { result.removeLast() }
        return ellipsis ? result + "…" : result
    }

    static func referenceWithoutYear(_ title: String) -> String {
        let compact = TextNormalizer.compact(title)
        let digits = compact.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, compact.dropFirst(4).hasPrefix("年"), compact.count > 5 else { return title }
        return String(compact.dropFirst(5))
    }

    @Test func sheetNamesCutOnBytesAsOnCharacters() {
        #expect(SheetNamer.performanceName("12、机关事业养老信息化建设及办公经费绩效目标表") == "绩效12-机关事业养老信息化建设及办公经费")
        #expect(SheetNamer.performanceName("3.绩效目标表") == "绩效3")
        #expect(SheetNamer.performanceName("项目绩效目标表") == "绩效-项目")
        let texts = Self.randomTexts(count: 3000, seed: 41, maxPieces: 30)
            + ["2024年部门项目支出预算表", "2024年", "2024年表", "12、机关事业养老信息化建设及办公经费绩效目标表",
               "3.绩效目标表", "绩效目标表", "7，项目绩效目标表", "12a、x", "１２、项目", "2024年\u{301}表", "'a'''",
               String(repeating: "𠀀", count: 16), String(repeating: "预算", count: 20) + "'''"]
        for text in texts {
            for limit in [1, 5, 16, 30, 31] {
                for ellipsis in [false, true] {
                    #expect(SheetNamer.truncate(text, to: limit, ellipsis: ellipsis)
                            == Self.referenceTruncate(text, to: limit, ellipsis: ellipsis), "\(text.debugDescription) \(limit)")
                }
            }
            #expect(SheetNamer.withoutYear(text) == Self.referenceWithoutYear(text), "\(text.debugDescription)")
            let compact = TextNormalizer.compact(text)
            // The byte reading of plain titles against the Character reading every title can take.
            #expect(SheetNamer.performanceName(compact) == SheetNamer.performanceNameByCharacters(compact),
                    "\(text.debugDescription)")
        }
    }

    // MARK: Label numbering on bytes

    /// The key as it was read on Unicode scalars before the byte reading.
    static func referenceKey(_ text: String) -> String {
        let label = TextNormalizer.label(text)
        let scalars = Array(label.unicodeScalars)
        let numerals = Set("一二三四五六七八九十百零〇两0123456789".unicodeScalars)
        var length = 0
        if let first = scalars.first {
            if first == "其" {
                if scalars.count >= 3, scalars[1] == "中", scalars[2] == "：" || scalars[2] == ":" { length = 3 }
            } else if first == "（" || first == "(" {
                let count = scalars.dropFirst().prefix { numerals.contains($0) }.count
                if count > 0, count + 1 < scalars.count, scalars[count + 1] == "）" || scalars[count + 1] == ")" { length = count + 2 }
            } else {
                let count = scalars.prefix { numerals.contains($0) }.count
                if count > 0, count < scalars.count, "、.．，,".unicodeScalars.contains(scalars[count]) { length = count + 1 }
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars.dropFirst(length))
        return String(result)
    }

    @Test func labelNumberingReadOnBytesAsOnScalars() {
        let numberingPieces = ["其", "中", "：", ":", "（", "(", "）", ")", "一", "十", "二", "两", "〇", "3", "、", ".", "．",
                               "，", ",", "项目", "支出", " ", "\u{301}", "𠀀", "\"", "金", "政府基"]
        var random = SplitMix64(seed: 57)
        let texts = (0..<4000).map { _ in
            (0..<Int.random(in: 0...7, using: &random)).map { _ in numberingPieces.randomElement(using: &random)! }.joined()
        } + ["其中：基本支出", "（一）工资福利支出", "(12)x", "十二、其他", "1.收入", "一、", "（）", "其中", "一二三"]
        for text in texts {
            #expect(LabelMeaning.key(text) == Self.referenceKey(text), "\(text.debugDescription)")
            #expect(LabelMeaning.isNumbered(text) == (Self.referenceKey(text) != TextNormalizer.label(text)),
                    "\(text.debugDescription)")
        }
    }

    // MARK: Row heights from widths measured once

    @Test func oneLineHeightsFromTheirWidthAreTheMeasuredHeights() {
        for text in Self.randomTexts(count: 3000, seed: 61, maxPieces: 24) {
            let (widest, lines) = DisplayWidth.widestLineAndCount(text)
            #expect(widest == DisplayWidth.widestLine(text), "\(text.debugDescription)")
            #expect(lines == text.split(separator: "\n", omittingEmptySubsequences: false).count, "\(text.debugDescription)")
            guard lines == 1 else { continue }
            for capacity in [2.0, 6.0, 8.5, 14.0, 30.0, 75.0] {
                #expect(SheetCanvas.height(ofOneLine: widest, capacity: capacity) == SheetCanvas.height(of: text, capacity: capacity),
                        "\(text.debugDescription) \(capacity)")
            }
        }
    }

    // MARK: Whitespace found eight bytes at a time

    @Test func firstWhitespaceIsTheFirstWhitespaceScalar() {
        let spaces = ["\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{2028}", "\u{202F}", "\u{205F}", "\u{3000}",
                      "\u{0B}", "\u{0C}", "\u{1F}", "\u{E000}", "\u{0800}", "\u{2030}", "\u{3001}", "\u{C0}", "预算支出表"]
        var random = SplitMix64(seed: 73)
        let texts = Self.randomTexts(count: 3000, seed: 71, maxPieces: 40) + (0..<2000).map { _ in
            (0..<Int.random(in: 0...30, using: &random)).map { _ in
                Bool.random(using: &random) ? spaces.randomElement(using: &random)! : Self.pieces.randomElement(using: &random)!
            }.joined()
        }
        for text in texts {
            let bytes = Array(text.utf8)
            var expected: Int?
            var offset = 0
            for scalar in text.unicodeScalars {
                if scalar.properties.isWhitespace { expected = offset; break }
                offset += String(scalar).utf8.count
            }
            let found: Int? = bytes.withUnsafeBufferPointer { buffer in TextNormalizer.firstWhitespace(buffer) }
            #expect(found == expected, "\(text.debugDescription)")
        }
    }

    // MARK: Header label words on bytes

    static func referenceKind(_ text: String) -> HeaderTree.ColumnKind? {
        let t = TextNormalizer.compact(text)
        if t.isEmpty { return nil }
        if t.containsText("名称") || t.containsText("编码") || t.containsText("代码") || t == "项目" || t == "序号" || t == "类"
            || t == "款" || t == "项" || t.hasSuffix("科目") || t.containsText("品目") || t.containsText("形式") {
            return .label
        }
        return nil
    }

    @Test func headerLabelWordsFoundOnBytesAsOnText() {
        let words = ["项目", "序号", "类", "款", "项", "科目", "名称", "编码", "代码", "品目", "形式", "支出", "合计", "数", "费",
                     " ", "　", "\u{301}", "\u{F90A}", "a", "（", "预算", "经济分类"]
        var random = SplitMix64(seed: 83)
        let texts = (0..<4000).map { _ in
            (0..<Int.random(in: 0...4, using: &random)).map { _ in words.randomElement(using: &random)! }.joined()
        } + Self.randomTexts(count: 1000, seed: 84)
        for text in texts {
            #expect(HeaderTree.kindOfLabel(text) == Self.referenceKind(text), "\(text.debugDescription)")
            let amountWords = ["合计", "小计", "总计", "金额", "预算数", "支出", "收入", "费", "经费", "资金", "拨款", "数"]
            #expect(HeaderTree.labelSuggestsAmount(text) == amountWords.contains { TextNormalizer.compact(text).containsText($0) },
                    "\(text.debugDescription)")
        }
    }

    // MARK: Headings and amount units read on bytes

    static func referenceIsHeading(_ text: String) -> Bool {
        guard !text.contains("。"), text.count <= 40 else { return false }
        let numerals = "一二三四五六七八九十"
        if text.hasPrefix("第") { return text.contains("部分") }
        if let first = text.first, numerals.contains(first) {
            return text.drop { numerals.contains($0) }.first == "、"
        }
        if text.hasPrefix("（") || text.hasPrefix("(") { return !text.dropFirst().prefix { numerals.contains($0) }.isEmpty }
        return false
    }

    static func referenceUnit(_ metaText: String) -> AmountUnit? {
        let t = TextNormalizer.compact(metaText)
        let rest: Substring
        if t.hasPrefix("金额单位") { rest = t.dropFirst(4) } else if t.hasPrefix("单位") { rest = t.dropFirst(2) } else { return nil }
        return AmountUnit(rawValue: String(rest.drop { "：:（(".contains($0) }.prefix { !"）)".contains($0) }))
    }

    @Test func headingsAndUnitsReadOnBytesAsOnCharacters() {
        let pieces = ["第", "一", "二", "十", "六", "\u{F9D1}", "、", "（", "(", "）", ")", "部分", "。", "金额", "单位", "：", ":",
                      "元", "万元", "千元", "亿元", " ", "\u{301}", "收入", "a", "1"]
        var random = SplitMix64(seed: 91)
        let texts = (0..<5000).map { _ in
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        } + ["第一部分 单位概况", "一、部门职责", "（二）机构设置", "\u{F9D1}、其他", "单位：万元", "金额单位：元", "单位（千元）",
             String(repeating: "收入", count: 30)]
        for text in texts {
            #expect(NarrativeSheetBuilder.isHeading(text) == Self.referenceIsHeading(text), "\(text.debugDescription)")
            #expect(AmountUnit(metaText: text) == Self.referenceUnit(text), "\(text.debugDescription)")
        }
    }

    // MARK: Ideographs told by their first bytes

    /// The scalars around the ranges the byte tests take whole (U+4000–U+4DBF, U+4E00–U+9FFF,
    /// with U+4DC0–U+4DFF, the hexagram symbols, between them and outside).
    static let ideographEdges: [String] = [
        "\u{3FFF}", "\u{4000}", "\u{4DBF}", "\u{4DC0}", "\u{4DFF}", "\u{4E00}", "\u{4FFF}", "\u{5000}",
        "\u{9FFF}", "\u{A000}", "\u{F98E}", "一\u{301}", "预算", "a",
    ]

    @Test func ideographsToldByTheirFirstBytesAsWhenDecoded() {
        #expect(DisplayWidth.of("\u{4DBF}\u{4DC0}\u{4DFF}\u{4E00}\u{9FFF}\u{A000}") == 2 + 1 + 1 + 2 + 2 + 2)
        #expect("\u{4DC0}".withBorrowedUTF8 { SingleScalarText.holds($0) } == false)
        #expect("\u{4000}\u{4DBF}\u{4E00}\u{9FFF}".withBorrowedUTF8 { SingleScalarText.holds($0) })
        #expect("\u{4000}\u{4DBF}\u{4E00}\u{9FFF}".characterCount == 4)
        var random = SplitMix64(seed: 21)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                Self.ideographEdges.randomElement(using: &random)!
            }.joined()
            let other = Self.ideographEdges.randomElement(using: &random)!
            #expect(DisplayWidth.of(text) == text.unicodeScalars.reduce(0) { $0 + DisplayWidth.width(of: $1) }, "\(text.debugDescription)")
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
            #expect(text.equalsText(other) == (text == other), "\(text.debugDescription) \(other.debugDescription)")
            #expect(text.startsWithText(other) == text.hasPrefix(other), "\(text.debugDescription) \(other.debugDescription)")
            #expect(text.endsWithText(other) == text.hasSuffix(other), "\(text.debugDescription) \(other.debugDescription)")
        }
    }

    /// Plain without whitespace is plain and its own compact form, in one pass.
    @Test func plainWithoutWhitespaceIsPlainAndCompact() {
        for text in Self.randomTexts(count: 3000, seed: 35, maxPieces: 8) + ByteLevelTextTests.edgeCases + ["\u{2000}", "a\u{85}b", "\r", "表\u{3000}"] {
            let expected = SingleScalarText.holds(text) && TextNormalizer.compact(text) == text && !text.unicodeScalars.contains { $0.properties.isWhitespace }
            #expect(text.withBorrowedUTF8(SingleScalarText.holdsWithoutWhitespace) == expected, "\(text.debugDescription)")
        }
    }

    // MARK: Sheet names

    /// SheetNameSet answers as a set of Strings does (canonical equivalence), plain names
    /// kept as bytes or not.
    @Test func sheetNameSetAnswersAsASetOfStrings() {
        let names = Self.randomTexts(count: 40, seed: 33, maxPieces: 2) + ["é", "e\u{301}", "Å", "A\u{30A}", "\u{212B}", "表", "表"]
        var random = SplitMix64(seed: 34)
        for _ in 0..<40 {
            var set = SheetNameSet(), reference = Set<String>()
            for _ in 0..<30 {
                let name = names.randomElement(using: &random)!
                #expect(set.contains(name) == reference.contains(name), "\(name.debugDescription)")
                #expect(set.insert(name) == reference.insert(name).inserted, "\(name.debugDescription)")
            }
        }
    }

    // MARK: Substrings on bytes

    /// Total and subtotal labels are told without their key when they lack 计: the same
    /// answers as comparing the key with each word.
    @Test func totalWordsWithoutTheirKeyAnswerAsTheKey() {
        let words: [ColumnMeaning: [String]] = [.total: ["合计", "总计", "合计数", "预算数合计"], .subtotal: ["小计", "本年收入小计", "本年收入合计"]]
        let texts = Self.randomTexts(count: 2000, seed: 31, maxPieces: 6)
            + ["合计", " 合 计 ", "一、合计", "（一）小计", "其中：合计数", "本年收入小计", "“总计”", "预算数合计", "合計", "计", "2010101"]
        for text in texts {
            for (meaning, list) in words {
                let key = LabelMeaning.key(text)
                #expect(meaning.matches(text) == list.contains { key.equalsText($0) }, "\(text.debugDescription)")
            }
        }
    }

    /// `containsText` finds exactly the byte runs a plain search over every offset finds
    /// (texts and needles from the same pieces, so that first and last bytes often repeat).
    @Test func containsTextFindsWhatEveryOffsetFinds() {
        func reference(_ text: String, _ needle: String) -> Bool {
            let bytes = Array(text.utf8), pattern = Array(needle.utf8)
            guard !pattern.isEmpty else { return true }
            guard bytes.count >= pattern.count else { return false }
            return (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
        }
        let short = Self.randomTexts(count: 1500, seed: 24, maxPieces: 20)
        // Long texts too, where the search goes eight positions at a time.
        let texts = short + short.prefix(300).map { $0 + "预算" + $0 + $0 }
        let needles = Self.randomTexts(count: 60, seed: 25, maxPieces: 3) + ["预算", "算", "收支", "表", "", "\u{301}"]
        for text in texts {
            for needle in needles {
                #expect(text.containsText(needle) == reference(text, needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
        // A literal needle is searched the same way, its bytes read in place.
        for text in texts {
            #expect(text.containsText(literal: "预算") == reference(text, "预算"), "\(text.debugDescription)")
            #expect(text.containsText(literal: "计") == reference(text, "计"), "\(text.debugDescription)")
            #expect(text.containsText(literal: ",") == reference(text, ","), "\(text.debugDescription)")
            #expect(text.containsText(literal: "\u{301}") == reference(text, "\u{301}"), "\(text.debugDescription)")
        }
        #expect("合计".containsText(literal: "计") && !"合计".containsText(literal: "总计") && "ab".containsText(literal: ""))
        #expect("一般公共预算拨款".containsText("预算"))
        #expect(!"一般公共预算拨款".containsText("预算表"))
        #expect("ab".containsText("ab") && !"ab".containsText("abc") && "ab".containsText(""))
    }

    /// `UTF8Search.ranges` finds the non-overlapping byte runs a scan of every offset finds,
    /// left to right, each search going on after the last match (the narrative checks read
    /// the figure after each keyword).
    @Test func rangesFindWhatEveryOffsetFinds() {
        func reference(_ text: String, _ needle: String) -> [Range<String.Index>] {
            let bytes = Array(text.utf8), pattern = Array(needle.utf8)
            guard !pattern.isEmpty, bytes.count >= pattern.count else { return [] }
            var found: [Range<String.Index>] = []
            var index = 0
            while index <= bytes.count - pattern.count {
                if Array(bytes[index..<(index + pattern.count)]) == pattern {
                    let start = text.utf8.index(text.utf8.startIndex, offsetBy: index)
                    found.append(start..<text.utf8.index(start, offsetBy: pattern.count))
                    index += pattern.count
                } else {
                    index += 1
                }
            }
            return found
        }
        let short = Self.randomTexts(count: 800, seed: 26, maxPieces: 20)
        let texts = short + short.prefix(200).map { $0 + "预算预算" + $0 + $0 + "预算" }
        let needles = Self.randomTexts(count: 40, seed: 27, maxPieces: 3) + ["预算", "预算预算", "算", "收支", "表", "", "\u{301}"]
        for text in texts {
            for needle in needles {
                #expect(UTF8Search.ranges(of: needle, in: text) == reference(text, needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
        let text = "收入预算预算预算123万元"
        #expect(UTF8Search.ranges(of: "预算预算", in: text).map { String(text[$0]) } == ["预算预算"])
        #expect(UTF8Search.ranges(of: "预算", in: text).count == 3)
    }

    // MARK: Meta text by its first character

    @Test func metaTextTestedByItsFirstCharacterFindsEveryPrefix() {
        let prefixes = ["预算年度", "单位：", "单位:", "金额单位", "截止时间", "截止日期", "编制单位", "年度：", "年度:",
                        "编制部门", "部门：", "部门:", "单位名称：", "单位名称:", "部门名称：", "部门名称:"]
        func reference(_ text: String) -> Bool {
            let compact = TextNormalizer.compact(text)
            return prefixes.contains { compact.hasPrefix($0) }
        }
        let texts = Self.randomTexts(count: 2000, seed: 22) + prefixes.flatMap { [$0 + "2024", " " + $0, "x" + $0] } + [
            "\u{F98E}度：2024",       // 年 as a compatibility ideograph: canonically 年度：
            "单\u{301}位：万元",       // 单 with a mark is another Character
            "合计", "", "e\u{301}", "　单位：万元",
        ]
        for text in texts {
            #expect(TitleRules.isMetaText(text) == reference(text), "\(text.debugDescription)")
        }
        #expect(TitleRules.isMetaText("\u{F98E}度：2024"))
        #expect(TitleRules.isMetaText("　单位：万元"))
        #expect(!TitleRules.isMetaText("单\u{301}位：万元"))
    }

    @Test func amountWidthCountsTheDigitsPrinted() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<2000 {
            let number = Double(Int64.random(in: -99_999_999_999...99_999_999_999, using: &random)) / 100
            let digits = String(Int(abs(number).rounded(.down))).count
            #expect(SheetCanvas.amountWidth(number) == digits + (digits - 1) / 3 + 3 + (number < 0 ? 1 : 0), "\(number)")
        }
        // Beyond Int, and not finite: the widest column, never a trap.
        #expect(SheetCanvas.amountWidth(1e300) == 30)
        #expect(SheetCanvas.amountWidth(.infinity) == 30)
        #expect(SheetCanvas.amountWidth(.nan) == 30)
    }

    /// A row is bold when a text cell, without whitespace, ends in 合计 or 总计 within ten
    /// Characters: the plain definition, against the check that skips cells without 计.
    @Test func totalRowsAreTheOnesEndingInATotalWord() {
        let texts = Self.randomTexts(count: 3000, seed: 13, maxPieces: 6)
            + ["合计", " 合 计 ", "总计", "本年合计", "合计数", "合\u{8BA1}", "合计\u{301}", "一般公共预算拨款合计"]
        var totals = 0
        for text in texts {
            let compact = String(text.unicodeScalars.filter { !TextNormalizer.isWhitespace($0.value) })
            let expected = (compact.hasSuffix("合计") || compact.hasSuffix("总计")) && compact.count <= 10
            #expect(TableSheetBuilder.isTotalRow(SourceRow([SourceCell(text, line: 1)]), roles: [.text]) == expected,
                    "\(text.debugDescription)")
            if expected { totals += 1 }
        }
        #expect(totals > 40, "\(totals)")
    }

    /// Looked up on bytes or not, a text is in the set exactly when `Set<String>` says so
    /// (canonical equivalence: U+F90A is 金, e + U+0301 is é).
    @Test func plainTextSetAnswersWhatSetOfStringAnswers() {
        var random = SplitMix64(seed: 14)
        let texts = Self.randomTexts(count: 400, seed: 15, maxPieces: 3) + ["金", "\u{F90A}", "é", "e\u{301}", "", "合计"]
        var found = 0
        for round in 0..<40 {
            var members = (0..<Int.random(in: 0...8, using: &random)).map { _ in texts.randomElement(using: &random)! }
            if round % 4 == 0 { members.append(["金", "e\u{301}", "\u{F90A}", "é"][round / 4 % 4]) }
            let expected = Set(members)
            let set = PlainTextSet(members)
            for text in texts {
                #expect(set.contains(text, isPlain: SingleScalarText.holds(text)) == expected.contains(text),
                        "\(text.debugDescription) in \(members)")
                if expected.contains(text) { found += 1 }
            }
        }
        #expect(found > 100)
    }

    @Test func equalsTextIsStringEquality() {
        let texts = Self.randomTexts(count: 300, seed: 16, maxPieces: 3)
            + ["金", "\u{F90A}", "é", "e\u{301}", "", "合计", "合计\r\n", "合计\n", "项目", "项", "金\u{F90A}", "\u{F90A}金",
               "项\u{301}", "计\u{FE00}", "项目合计"]
        var equal = 0
        for text in texts {
            for other in texts.prefix(120) + ["金", "e\u{301}", "合计", "项目"] {
                #expect(text.equalsText(other) == (text == other), "\(text.debugDescription) vs \(other.debugDescription)")
                // Texts that start or end with different ideographs are settled by those alone.
                #expect(text.startsWithText(other) == text.hasPrefix(other), "\(text.debugDescription) vs \(other.debugDescription)")
                #expect(text.endsWithText(other) == text.hasSuffix(other), "\(text.debugDescription) vs \(other.debugDescription)")
                if text == other { equal += 1 }
            }
        }
        #expect(equal > texts.count)
    }
}
