import Testing
import TestSupport
@testable import BudgetCore
import CorpusGenerator
import SpreadsheetModel

/// Properties of the reader, checked on random variants of the sample (deterministic seeds, so
/// a failure always reproduces): noise that exports in the wild add must not change the
/// tables, and nothing (random bytes, damaged samples) may trap.
@Suite struct PropertyTests {
    /// The parts of a table that end up on its sheet, without line numbers (variants shift them).
    struct TableShape: Equatable, CustomStringConvertible {
        var title: String
        var meta: [String]?
        var preamble: [[String]]
        var header: [[String]]
        var index: [String]?
        var data: [[String]]
        var notes: [String]
        var merges: [String]

        init(_ table: BudgetTable) {
            title = table.title
            meta = table.meta?.texts
            preamble = table.preambleRows.map(\.texts)
            header = table.headerRows.map(\.texts)
            index = table.indexRow?.texts
            data = table.dataRows.map(\.texts)
            notes = table.notes.map(\.text)
            merges = table.header.merges.map(\.description)
        }

        var description: String { "'\(title)' (\(data.count) data rows)" }
    }

    static func shapes(_ document: BudgetDocument) -> [TableShape] { document.tables.map(TableShape.init) }

    /// The first table that differs, to keep failure messages short.
    static func firstDifference(_ found: [TableShape], _ expected: [TableShape]) -> String? {
        if found.count != expected.count { return "\(found.count) tables, expected \(expected.count)" }
        for (a, b) in zip(found, expected) where a != b {
            for (name, x, y) in [("title", [a.title], [b.title]), ("meta", a.meta ?? [], b.meta ?? []),
                                 ("notes", a.notes, b.notes), ("merges", a.merges, b.merges)] where x != y {
                return "\(b): \(name) \(x) vs \(y)"
            }
            for (name, x, y) in [("preamble", a.preamble, b.preamble), ("header", a.header, b.header),
                                 ("data", a.data, b.data)] where x != y {
                let row = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }
                return "\(b): \(name) row \(row?.offset ?? min(x.count, y.count)) of \(x.count)/\(y.count): "
                    + "\(row.map { "\($0.element.0) vs \($0.element.1)" } ?? "rows missing")"
            }
            return "\(b): 栏次 row \(a.index ?? []) vs \(b.index ?? [])"
        }
        return nil
    }

    static let loadedText: String? = try? SampleExport.text()
    static var sampleText: String { loadedText ?? "" }
    static let sampleLines: [String] = ExportVariants.lines(of: sampleText)
    static let sample = DocumentReader.read(text: sampleText)
    static let reference = shapes(sample)

    static func seeds(_ count: Int, base: UInt64) -> [UInt64] {
        var generator = SplitMix64(seed: base)
        return (0..<count).map { _ in generator.next() }
    }

    /// Every test that works on the sample calls this first, so a missing sample fails it
    /// instead of comparing an empty text with an empty text.
    static func requireSample() throws {
        _ = try #require(loadedText, "Samples/\(SampleExport.fileName) cannot be read")
        try #require(sampleLines.count > 4000 && reference.count == 47, "the sample is not the whole export")
    }

    @Test func sampleIsLoaded() throws {
        try Self.requireSample()
        #expect(Self.sampleLines.count > 4000)
        #expect(Self.reference.count == 47)
    }

    // MARK: Whitespace noise

    /// Trailing spaces and tabs on any line, space-only blank lines, extra blank lines where
    /// rows are already separated: the tables and the narrative stay the same.
    @Test(arguments: seeds(24, base: 0x5EED_0001))
    func whitespaceNoiseKeepsTables(seed: UInt64) throws {
        try Self.requireSample()
        var random = SplitMix64(seed: seed)
        let trailingRate = 1 + Int(random.next() % 4)      // out of 4: how many lines get trailing blanks
        let blankRate = Int(random.next() % 4)             // out of 4: how many blank lines get company
        var output: [String] = []
        for line in Self.sampleLines {
            if line.isEmpty {
                output.append(Self.blankLine(&random))
                if Int(random.next() % 4) < blankRate {
                    for _ in 0..<(1 + Int(random.next() % 3)) { output.append(Self.blankLine(&random)) }
                }
                continue
            }
            if Int(random.next() % 4) < trailingRate {
                output.append(line + Self.blanks(&random, count: 1 + Int(random.next() % 4)))
            } else {
                output.append(line)
            }
        }
        let variant = DocumentReader.read(text: ExportVariants.joined(output))
        let difference = Self.firstDifference(Self.shapes(variant), Self.reference)
        #expect(difference == nil, "seed \(seed): \(difference ?? "")")
        let sameNarrative = variant.narrative.map(\.text) == Self.sample.narrative.map(\.text)
        #expect(sameNarrative, "seed \(seed)")
        let sameWarnings = variant.allWarnings.map(\.message) == Self.sample.allWarnings.map(\.message)
        #expect(sameWarnings, "seed \(seed): \(variant.allWarnings.prefix(3))")
    }

    static func blanks(_ random: inout SplitMix64, count: Int) -> String {
        String((0..<count).map { _ in random.next() % 3 == 0 ? "\t" : " " })
    }

    static func blankLine(_ random: inout SplitMix64) -> String {
        random.next() % 2 == 0 ? "" : String(repeating: " ", count: 1 + Int(random.next() % 6))
    }

    // MARK: Row breaks

    /// A line break at the end of a cell shows as a blank line inside its row: break data
    /// rows at random cells (up to three breaks in one row, sometimes several blank or
    /// space-only lines), and the re-joined tables are the same.
    @Test(arguments: seeds(24, base: 0x5EED_0002))
    func rowBreaksKeepTables(seed: UInt64) throws {
        try Self.requireSample()
        var random = SplitMix64(seed: seed)
        let rate = 1 + random.next() % 3  // out of 4 data rows broken
        var breakBefore: [Int: Int] = [:]  // line → blank lines to insert before it
        for table in Self.sample.tables {
            for row in table.dataRows where row.count >= 2 && random.next() % 4 < rate {
                let breaks = 1 + Int(random.next() % UInt64(min(3, row.count - 1)))
                for _ in 0..<breaks {
                    let position = 1 + Int(random.next() % UInt64(row.count - 1))
                    breakBefore[row.cells[position].line] = 1 + Int(random.next() % 3)
                }
            }
        }
        #expect(breakBefore.count > 50)
        var output: [String] = []
        for (index, line) in Self.sampleLines.enumerated() {
            for _ in 0..<(breakBefore[index + 1] ?? 0) { output.append(Self.blankLine(&random)) }
            output.append(line)
        }
        let variant = DocumentReader.read(text: ExportVariants.joined(output))
        let difference = Self.firstDifference(Self.shapes(variant), Self.reference)
        #expect(difference == nil, "seed \(seed): \(difference ?? "")")
        let warnings = variant.allWarnings
        #expect(warnings.count == 0, "seed \(seed): \(warnings.prefix(3))")
    }

    // MARK: Encodings

    enum Encoding: CaseIterable, Sendable { case gb18030CRLF, utf16LE, utf16BE, utf8BOMCR }

    static func encode(_ text: String, as encoding: Encoding) -> [UInt8]? {
        switch encoding {
        case .gb18030CRLF: return ExportVariants.gb18030CRLF(text)
        case .utf16LE: return ExportVariants.utf16WithBOM(text, littleEndian: true)
        case .utf16BE: return ExportVariants.utf16WithBOM(text, littleEndian: false)
        case .utf8BOMCR: return ExportVariants.utf8BOMWithCR(text)
        }
    }

    /// The whole sample, and random slices of it (at least 40 lines, so GB18030 bytes cannot
    /// pass for UTF-8), read from each encoding give the tables of the UTF-8 text.
    @Test(arguments: Encoding.allCases)
    func reencodingKeepsTables(encoding: Encoding) throws {
        try Self.requireSample()
        var random = SplitMix64(seed: 0x5EED_0003 &+ UInt64(Encoding.allCases.firstIndex(of: encoding)!))
        var texts = [Self.sampleText]
        for _ in 0..<6 {
            let start = Int(random.next() % UInt64(Self.sampleLines.count - 40))
            let end = min(Self.sampleLines.count, start + 40 + Int(random.next() % 600))
            texts.append(ExportVariants.joined(Array(Self.sampleLines[start..<end])))
        }
        for (number, text) in texts.enumerated() {
            let expected = DocumentReader.read(text: text)
            let bytes = try #require(Self.encode(text, as: encoding))
            let variant: BudgetDocument
            do {
                variant = try DocumentReader.read(bytes)
            } catch {
                // Only a slice without any table may fail, and then for that reason alone.
                #expect(expected.tables.isEmpty && error == .noTable(lines: expected.lineCount),
                        "\(encoding) text \(number): \(error)")
                continue
            }
            let difference = Self.firstDifference(Self.shapes(variant), Self.shapes(expected))
            #expect(difference == nil, "\(encoding) text \(number): \(difference ?? "")")
            let sameNarrative = variant.narrative.map(\.text) == expected.narrative.map(\.text)
            #expect(sameNarrative, "\(encoding) text \(number)")
            #expect(variant.warnings.isEmpty, "\(encoding) text \(number): \(variant.warnings)")
        }
    }

    // MARK: Never trap

    /// Reads lossily, plans the workbook and validates: must return (or throw
    /// DocumentFailure), never trap; the planned sheets must be writable.
    static func survives(_ bytes: [UInt8], _ context: String) {
        let document: BudgetDocument
        do {
            document = try DocumentReader.read(bytes, lossy: true)
        } catch {
            switch error {
            case .noTable, .decoding, .unknownShape: return
            case .unreadableShape: Issue.record("\(context): the text reader reported a structured shape"); return
            }
        }
        let layout = WorkbookPlanner.plan(document, sourceName: "random.txt")
        var names = Set<String>()
        for sheet in layout.sheets {
            #expect(!sheet.name.isEmpty && sheet.name.utf16.count <= 31, "\(context): sheet name '\(sheet.name)'")
            #expect(names.insert(sheet.name.lowercased()).inserted, "\(context): duplicate sheet '\(sheet.name)'")
            #expect(throws: Never.self, "\(context): merges of '\(sheet.name)'") {
                try MergeValidator.check(sheet.merges.map(\.range))
            }
        }
        _ = BudgetValidator.validate(document)
    }

    /// Random byte strings: plain noise, and noise made of export syntax (TABs, line ends,
    /// BOMs, Chinese text, numbers, titles) in random encodings.
    @Test(arguments: seeds(40, base: 0x5EED_0004))
    func randomBytesNeverTrap(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let length = Int(random.next() % 3000)
        var bytes: [UInt8] = []
        if random.next() % 4 == 0 {
            bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        } else {
            let pieces = ["\t", "\n", "\r\n", "\r", "\n\n", " ", "\u{3000}", "栏次", "注：", "预算年度：2022", "单位：万元",
                          "序号", "合计", "项  目", "绩效目标", "一级指标", "部门预算收支总表", "收入总表", "1、项目绩效目标表",
                          "15407.98", "208", "0.10", "-3.5", "1,234.50", "66666666666666666666", "9999999999999999.99",
                          "[", "]", "表", "一、", "\u{FEFF}", "\u{FFFD}", "x"]
            var text = ""
            while text.utf8.count < length {
                text += pieces[Int(random.next() % UInt64(pieces.count))]
            }
            switch random.next() % 5 {
            case 0: bytes = ExportVariants.gb18030CRLF(text) ?? Array(text.utf8)
            case 1: bytes = ExportVariants.utf16WithBOM(text, littleEndian: random.next() % 2 == 0)
            case 2: bytes = ExportVariants.utf8BOMWithCR(text)
            default: bytes = Array(text.utf8)
            }
            // A few stray bytes.
            for _ in 0..<Int(random.next() % 4) where !bytes.isEmpty {
                bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
            }
        }
        Self.survives(bytes, "seed \(seed)")
    }

    /// The sample damaged: bytes flipped, cut at a random byte, lines deleted, all three, or
    /// cells replaced by odd values (huge numbers, dashes, codes), in UTF-8 or GB18030.
    @Test(arguments: seeds(30, base: 0x5EED_0005))
    func damagedSampleNeverTraps(seed: UInt64) throws {
        try Self.requireSample()
        var random = SplitMix64(seed: seed)
        // Work on a window of the sample so the suite stays fast; sometimes the whole of it.
        var lines = Self.sampleLines
        if random.next() % 3 != 0 {
            let start = Int(random.next() % UInt64(lines.count))
            lines = Array(lines[start..<min(lines.count, start + 200 + Int(random.next() % 800))])
        }
        let damage = random.next() % 5
        if damage == 2 || damage == 3 {
            for _ in 0..<(1 + Int(random.next() % 40)) where !lines.isEmpty {
                lines.remove(at: Int(random.next() % UInt64(lines.count)))
            }
        }
        if damage == 4 {
            let odd = ["66666666666666666666", "-66666666666666666666.5", "9999999999999999.99", "999999999999999.999",
                       "-", "—", "1,2", "1,,234.00", ".5", "-0.00", "１２３.４５", "0101", "x", "\u{3000}", "合计", "208"]
            let cells = lines.indices.filter { lines[$0].hasPrefix("\t") }
            for _ in 0..<(1 + Int(random.next() % 30)) where !cells.isEmpty {
                lines[cells[Int(random.next() % UInt64(cells.count))]] = "\t" + odd[Int(random.next() % UInt64(odd.count))]
            }
        }
        let text = ExportVariants.joined(lines)
        var bytes = random.next() % 3 == 0 ? try #require(ExportVariants.gb18030CRLF(text)) : Array(text.utf8)
        if damage == 0 || damage == 3 {
            for _ in 0..<(1 + Int(random.next() % 30)) where !bytes.isEmpty {
                bytes[Int(random.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: 1 + random.next() % 255)
            }
        }
        if damage == 1 || damage == 3 {
            bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count + 1))))
        }
        Self.survives(bytes, "seed \(seed) damage \(damage)")
    }
}
