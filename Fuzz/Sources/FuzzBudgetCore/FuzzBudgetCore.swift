import BudgetVerification
import SpreadsheetModel
// The stage invariants below reach internal API (Tokenizer, TableRecognizer, TableAssembler,
// HeaderAnalyzer); Fuzz/run builds every module with `-enable-testing` for that.
@testable import BudgetCore

// libFuzzer target: the real modules, built by SwiftPM as a nested package (Fuzz/Package.swift
// depends on the root package by path) with `-sanitize=fuzzer,address -parse-as-library`;
// libFuzzer's runtime supplies `main`.
//
// Each input goes through `ConversionPipeline.run` — the path convert, validate and verify take
// — strictly and lossily, and the results are checked: both decodings agree; every department's
// planned layout is well-formed and what `verify` would accept (FaithfulnessCheck +
// LayoutComparison on a snapshot made from the layout the way the writer stores it); the
// validator's report stays inside the document. The text stages under the pipeline (tokenizing,
// recognition, assembling, the header model) are checked on their own as well. A broken
// invariant traps (`fatalError`), which libFuzzer reports as a crash with the input saved.
//
// Environment:
//   FUZZ_NO_FAITHFULNESS=1  skip running FaithfulnessCheck + LayoutComparison (what `verify`
//                           checks) on the planned layouts; the structural invariants stay.

#if canImport(Glibc)
import Glibc
#endif

private let checkFaithfulness = getenv("FUZZ_NO_FAITHFULNESS") == nil

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzHarness.run(bytes)
    return 0
}

enum FuzzHarness {
    static func fail(_ message: @autoclosure () -> String, file: StaticString = #file, line: UInt = #line) -> Never {
        fatalError("FUZZ INVARIANT BROKEN: \(message())", file: file, line: line)
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String,
                        file: StaticString = #file, line: UInt = #line) {
        if !condition { fail(message(), file: file, line: line) }
    }

    static func run(_ bytes: [UInt8]) {
        // 1. Decoding, strict and lossy.
        let strict: DecodedText?
        do { strict = try SourceDecoder.decode(bytes, lossy: false) } catch { strict = nil }
        let lossy: DecodedText?
        do { lossy = try SourceDecoder.decode(bytes, lossy: true) } catch { lossy = nil }
        if let strict {
            guard let lossy else { fail("strict decoding succeeded but lossy decoding failed") }
            require(lossy.text == strict.text && lossy.encoding == strict.encoding && lossy.replacements == 0,
                    "lossy decoding differs from a successful strict decoding")
            require(strict.replacements == 0, "strict decoding reports replacements")
        }

        // 2. The pipeline, strict and lossy: it fails only as documented, and a strict success
        //    is the lossy result too.
        let strictExport = convert(bytes, lossy: false)
        let lossyExport = convert(bytes, lossy: true)
        if strict == nil { require(strictExport == nil, "the strict pipeline succeeded where strict decoding failed") }
        if let strictExport {
            guard let lossyExport else { fail("strict pipeline succeeded, lossy pipeline failed") }
            require(strictExport.departments.map(\.layout.sheets) == lossyExport.departments.map(\.layout.sheets),
                    "strict and lossy pipelines planned different workbooks for the same text")
        }

        guard let decoded = lossy else {
            // Undecodable even lossily (the converter refuses it): still drive the text stages on
            // a raw reading, but there is no workbook whose faithfulness could be checked.
            require(lossyExport == nil, "the lossy pipeline succeeded where lossy decoding failed")
            checkText(String(decoding: bytes, as: UTF8.self), bytes: bytes, encoding: .utf8)
            return
        }
        let document = checkText(decoded.text, bytes: bytes, encoding: decoded.encoding)
        guard let export = lossyExport else {
            require(document.tables.isEmpty, "the lossy pipeline failed although the text has tables")
            return
        }
        require(export.document.tables.count == document.tables.count && export.document.narrative == document.narrative,
                "the pipeline's document differs from DocumentReader.read(text:)")
        checkDepartments(export, text: decoded.text)
    }

    static func convert(_ bytes: [UInt8], lossy: Bool) -> ConvertedExport? {
        do {
            return try ConversionPipeline.run(bytes, sourceName: "fuzz.txt", options: ConversionOptions(lossy: lossy))
        } catch {
            return nil  // DocumentFailure: undecodable, or no table; both are documented refusals
        }
    }

    // MARK: Departments

    /// One result per department, in file order, covering disjoint source lines; each one's
    /// layout well-formed and faithful; its validation report inside its document.
    static func checkDepartments(_ export: ConvertedExport, text: String) {
        require(!export.departments.isEmpty, "a converted export without departments")
        require(export.departments.map(\.document.tables.count).reduce(0, +) == export.document.tables.count,
                "the departments' tables are not the export's tables")
        var suffixes = Set<String>()
        var previousEnd = 0
        for (index, department) in export.departments.enumerated() {
            require(department.index == index, "department \(index) says it is \(department.index)")
            require(department.lines.lowerBound > previousEnd || index == 0, "departments overlap at line \(department.lines)")
            previousEnd = department.lines.upperBound
            require(suffixes.insert(department.outputSuffix.lowercased()).inserted,
                    "two departments write '\(department.outputFileName(stem: "fuzz"))'")
            require(export.departments.count == 1 ? department.outputSuffix.isEmpty : !department.outputSuffix.isEmpty,
                    "output suffix '\(department.outputSuffix)' for \(export.departments.count) departments")
            let name = department.outputFileName(stem: "fuzz")
            require(!name.contains("/") && !name.contains("\0"), "output name '\(name)' leaves its folder")

            let document = department.document
            checkLayout(department.layout, document: document)
            if checkFaithfulness, !document.tables.isEmpty {
                // What `verify` would say about the converter's own output.
                let snapshot = WorkbookSnapshot(planned: department.layout)
                let narrativeSheet = document.narrative.isEmpty ? nil : department.layout.sheets.last?.name
                let differences = FaithfulnessCheck.differences(tokens: DocumentReader.tokens(text: text, shape: nil), lines: department.lines,
                                                            workbook: snapshot,
                                                                narrativeSheet: narrativeSheet)
                    + LayoutComparison.differences(expected: department.layout, actual: snapshot)
                require(differences.isEmpty, "verify would reject department \(index): \(differences.prefix(5))")
            }
            // Validation only reports; it must not trap, and its lines are the document's.
            for finding in department.report.findings {
                require(finding.line >= 0 && finding.line <= max(export.document.lineCount, 0) + 1,
                        "finding on line \(finding.line) of \(export.document.lineCount)")
            }
            _ = department.keyFigures
            _ = department.warnings
            _ = document.unit
            _ = document.year
        }
    }

    /// The text stages under the pipeline. Returns the document read from `text`.
    @discardableResult
    static func checkText(_ text: String, bytes: [UInt8], encoding: SourceEncoding) -> BudgetDocument {
        // 3. Tokenizer.
        let tokens = Array(Tokenizer(text: text))
        checkTokens(tokens)

        // 4. Recognition: streaming (one token at a time) equals the whole-text convenience.
        var recognizer = TableRecognizer()
        var streamed: [DocumentElement] = []
        for token in tokens { recognizer.feed(token) { streamed.append($0) } }
        recognizer.finish { streamed.append($0) }
        let elements = TableRecognizer.elements(of: text)
        require(streamed == elements, "streaming recognition differs from TableRecognizer.elements")

        // 5. Assembling: every raw cell kept, in order; header consistent.
        var tables: [BudgetTable] = []
        var narrative: [Paragraph] = []
        for element in elements {
            switch element {
            case .table(let raw):
                let table = TableAssembler.assemble(raw)
                checkAssembled(table, raw: raw)
                tables.append(table)
            case .paragraph(let paragraph):
                narrative.append(paragraph)
            }
        }
        let document = DocumentReader.read(text: text, encoding: encoding)
        require(document.tables.count == tables.count && document.narrative == narrative,
                "DocumentReader.read(text:) differs from recognizer + assembler")
        require(document.lineCount == (tokens.last?.line ?? 0), "lineCount is not the last line")

        // The document holds every non-blank piece of the source once, in reading order.
        checkPiecesKept(text: text, document: document)

        // 6. Header model directly, on rows cut from the input.
        checkHeaderDirectly(tokens: tokens, bytes: bytes)

        // 7. Validation of the whole document (the pipeline validates per department) must not trap.
        _ = BudgetValidator.validate(document)
        _ = document.allWarnings
        return document
    }

    // MARK: Tokens

    static func checkTokens(_ tokens: [Token]) {
        for (index, token) in tokens.enumerated() {
            require(token.line == index + 1, "token \(index) has line \(token.line)")
            switch token {
            case .cell(let text, _):
                require(text.last.map { !$0.isExportBlank } ?? true, "cell text keeps a trailing blank")
                require(!text.contains("\n") && !text.contains("\r") && !text.contains("\r\n"), "cell text holds a line end")
            case .text(let text, _):
                require(!text.isEmpty, "empty text token")
                require(!text.first!.isExportBlank && !text.last!.isExportBlank, "text token not trimmed")
                require(!text.contains("\n") && !text.contains("\r") && !text.contains("\r\n"), "text token holds a line end")
                require(text.first != "\t", "text token starts with a TAB")
            case .blank:
                break
            }
        }
    }

    // MARK: Assembled tables

    static func checkAssembled(_ table: BudgetTable, raw: RawTable) {
        require(table.title == raw.title && table.notes == raw.notes, "title or notes changed")
        // Row repair only re-joins fragments: the cells, in order, are exactly the raw ones.
        let rawCells = raw.rows.flatMap(\.cells)
        let allCells = table.allRows.flatMap(\.cells)
        require(rawCells == allCells, "assembled rows lost, added or reordered cells (\(rawCells.count) → \(allCells.count))")
        require(table.headerRows.count <= 2, "more than two header rows kept")
        require(table.header.rowCount == table.headerRows.count, "header rowCount \(table.header.rowCount) vs \(table.headerRows.count) rows")
        let bodyRows = table.preambleRows + table.headerRows + (table.indexRow.map { [$0] } ?? []) + table.dataRows
        require(table.width == (raw.rows.dropFirst(table.meta == nil ? 0 : 1).map(\.count).max() ?? 0),
                "width is not the longest non-meta row")
        for row in bodyRows { require(!row.cells.isEmpty, "an empty row") }
        _ = table.columnLabels
        if !table.headerRows.isEmpty {
            let top = table.headerRows.count == 2 ? table.headerRows[0] : nil
            checkHeader(table.header, top: top, leaves: table.headerRows[table.headerRows.count - 1], width: table.width)
        } else {
            require(table.header == .empty, "header without header rows")
        }
    }

    /// The header model keeps every non-empty header cell, places each at most once, inside
    /// the grid, and its merges are well-formed, inside the grid, disjoint, and hide nothing.
    static func checkHeader(_ header: HeaderLayout, top: SourceRow?, leaves: SourceRow, width: Int) {
        let rows = top == nil ? 1 : 2
        let columns = max(width, top?.count ?? 0, leaves.count)
        require(header.rowCount == rows, "header rowCount \(header.rowCount), expected \(rows)")
        var seen = Set<Int>()
        for placement in header.placements {
            require(placement.row >= 0 && placement.row < rows && placement.column >= 0 && placement.column < columns,
                    "header placement (\(placement.row), \(placement.column)) outside \(rows)x\(columns)")
            require(seen.insert(placement.row * 1_000_003 + placement.column).inserted,
                    "two header cells at (\(placement.row), \(placement.column))")
        }
        let expected = ((top?.cells ?? []) + leaves.cells).filter { !$0.isEmpty }.map { "\($0.line):\($0.text)" }.sorted()
        let placed = header.placements.map(\.cell).filter { !$0.isEmpty }.map { "\($0.line):\($0.text)" }.sorted()
        require(expected == placed, "header cells lost or duplicated: \(expected.count) expected, \(placed.count) placed")
        for merge in header.merges {
            require(merge.isWellFormed && !merge.isSingleCell && merge.lastRow < rows && merge.lastColumn < columns,
                    "bad header merge \(merge.firstRow),\(merge.firstColumn)-\(merge.lastRow),\(merge.lastColumn) in \(rows)x\(columns)")
        }
        do { try MergeValidator.check(header.merges) } catch { fail("header merges overlap: \(error)") }
        for placement in header.placements where !placement.cell.isEmpty {
            for merge in header.merges where merge.contains(row: placement.row, column: placement.column)
                && (merge.firstRow != placement.row || merge.firstColumn != placement.column) {
                fail("header merge \(merge) hides '\(placement.cell.text)'")
            }
        }
        var groupColumns = Set<Int>()
        for group in header.groups {
            require(group.firstColumn >= 0 && group.firstColumn <= group.lastColumn && group.lastColumn < columns,
                    "bad header group \(group.firstColumn)...\(group.lastColumn)")
            for column in group.firstColumn...group.lastColumn {
                require(groupColumns.insert(column).inserted, "header groups overlap at column \(column)")
            }
        }
        _ = header.columnLabels(width: width)
        _ = header.columnLabels(width: 0)
        _ = header.columnLabels(width: columns + 3)
    }

    /// `HeaderAnalyzer.twoRows` on row pairs taken from the input, with widths and official
    /// spans chosen from its bytes.
    static func checkHeaderDirectly(tokens: [Token], bytes: [UInt8]) {
        var rows: [SourceRow] = []
        var open: [SourceCell] = []
        for token in tokens {
            switch token {
            case .cell(let text, let line): open.append(SourceCell(text, line: line))
            case .blank, .text:
                if !open.isEmpty { rows.append(SourceRow(open)); open = [] }
            }
            if rows.count >= 8 { break }
        }
        if !open.isEmpty, rows.count < 8 { rows.append(SourceRow(open)) }
        guard !rows.isEmpty else { return }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for byte in bytes.prefix(64) { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var spanChoices: [[Int]?] = [nil] + TemplateCatalog.entries.map(\.topSpans)
        // Spans from the bytes themselves (small, possibly wrong).
        spanChoices.append(bytes.prefix(6).map { Int($0 % 4) })
        for index in 0..<rows.count {
            let top = rows[index]
            let leaves = index + 1 < rows.count ? rows[index + 1] : rows[index]
            let extra = Int(seed >> UInt64(index * 3) & 3)
            let width = max(top.count, leaves.count) + extra
            let spans = spanChoices[Int((seed >> UInt64(index * 5 + 20)) % UInt64(spanChoices.count))]
            let result = HeaderAnalyzer.twoRows(top: top, leaves: leaves, width: width, catalogSpans: spans)
            checkHeader(result.layout, top: top, leaves: leaves, width: width)
            for span in [nil] + TemplateCatalog.entries.map(\.topSpans) where span != nil || index == 0 {
                let other = HeaderAnalyzer.twoRows(top: top, leaves: leaves, width: max(top.count, leaves.count), catalogSpans: span)
                checkHeader(other.layout, top: top, leaves: leaves, width: max(top.count, leaves.count))
            }
            let single = HeaderAnalyzer.singleRow(top)
            checkHeader(single, top: nil, leaves: top, width: top.count)
            _ = HeaderAnalyzer.inferGroups(top: top.cells, leaves: leaves.cells)
        }
    }

    // MARK: Pieces

    /// Every non-blank source piece (cell text, title, note, continuation, narrative line) is
    /// in the document exactly once and in reading order: the document's items sorted by
    /// source line (a cell continued by text lines contributes its lines in order), flattened,
    /// equal the source pieces.
    static func checkPiecesKept(text: String, document: BudgetDocument) {
        let source = FaithfulnessCheck.sourcePieces(of: text).map(\.text).filter { !$0.isEmpty }
        var items: [(line: Int, order: Int, texts: [String])] = []
        func add(_ line: Int, _ text: String) {
            items.append((line, items.count, text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)))
        }
        for table in document.tables {
            add(table.titleLine, table.title)
            for cell in table.allRows.flatMap(\.cells) { add(cell.line, cell.text) }
            for note in table.notes { add(note.line, note.text) }
        }
        for paragraph in document.narrative { add(paragraph.line, paragraph.text) }
        items.sort { ($0.line, $0.order) < ($1.line, $1.order) }
        let kept = items.flatMap(\.texts)
        if source != kept {
            let first = zip(source, kept).enumerated().first { $0.element.0 != $0.element.1 }
            let at = first?.offset ?? min(source.count, kept.count)
            fail("document does not hold the source pieces once each in order: \(source.count) pieces, \(kept.count) kept; "
                 + "first difference at piece \(at): '\(at < source.count ? source[at] : "-")' vs '\(at < kept.count ? kept[at] : "-")'")
        }
    }

    // MARK: Layout

    static func checkLayout(_ layout: WorkbookLayout, document: BudgetDocument) {
        require(layout.sheets.count == document.tables.count + (document.narrative.isEmpty ? 0 : 1),
                "\(layout.sheets.count) sheets for \(document.tables.count) tables")
        var names = Set<String>()
        for (index, sheet) in layout.sheets.enumerated() {
            let name = sheet.name
            require(!name.isEmpty, "empty sheet name")
            require(name.utf16.count <= 31 && name.unicodeScalars.count <= 31, "sheet name '\(name)' longer than 31")
            require(!name.contains(where: { "[]:*?/\\".contains($0) }), "sheet name '\(name)' has a forbidden character")
            require(!name.hasPrefix("'") && !name.hasSuffix("'"), "sheet name '\(name)' starts or ends with '")
            require(name.lowercased() != "history", "sheet named History")
            require(!name.unicodeScalars.contains { $0.value < 0x20 }, "sheet name '\(name)' has a control character")
            require(names.insert(name.lowercased()).inserted, "duplicate sheet name '\(name)'")

            let ranges = sheet.merges.map(\.range)
            do { try MergeValidator.check(ranges) } catch { fail("planned merges of sheet '\(name)': \(error)") }
            for range in ranges {
                require(range.isWellFormed && !range.isSingleCell, "malformed merge \(range) on sheet '\(name)'")
            }
            var positions = Set<Int>()
            var hidden: [Int: GridRange] = [:]
            for range in ranges where range.lastRow < 100_000 && range.lastColumn < 20_000 {
                for row in range.firstRow...range.lastRow {
                    for column in range.firstColumn...range.lastColumn where row != range.firstRow || column != range.firstColumn {
                        hidden[row &* 20_000 &+ column] = range
                    }
                }
            }
            for cell in sheet.cells {
                require(cell.row >= 0 && cell.column >= 0, "negative cell position on sheet '\(name)'")
                let key = cell.row &* 20_000 &+ cell.column
                require(positions.insert(key).inserted, "two cells at \(cell.row),\(cell.column) on sheet '\(name)'")
                if let range = hidden[key], !cell.value.text.isEmpty {
                    fail("merge \(range) on sheet '\(name)' hides '\(cell.value.text)'")
                }
                if case .number(let number, let source, _) = cell.value {
                    require(number.isFinite && NumberParser.parse(source) == number, "number cell '\(source)' is \(number)")
                }
            }
            for width in sheet.columnWidths { require(width.isFinite && width > 0, "column width \(width)") }
            for (row, height) in sheet.rowHeights {
                require(row >= 0 && height.isFinite && height > 0, "row \(row) height \(height)")
            }
            require(sheet.frozenRows >= 0, "negative frozen rows")
            if let repeatRows = sheet.repeatRows { require(repeatRows.lowerBound >= 0, "negative repeat rows") }

            if index < document.tables.count {
                let table = document.tables[index]
                require(sheet.columnWidths.count == max(table.width, 1), "\(sheet.columnWidths.count) widths for \(table.width) columns")
                // Every non-empty cell of the table is on its sheet (as a multiset of texts).
                var expected = (table.allRows.flatMap(\.cells).map(\.text) + table.notes.map(\.text) + [table.title])
                    .filter { !$0.isEmpty }
                var placed = sheet.cells.map(\.value.text).filter { !$0.isEmpty }
                expected.sort()
                placed.sort()
                require(expected == placed, "sheet '\(name)' holds \(placed.count) texts for \(expected.count) table texts")
            } else {
                require(sheet.cells.map(\.value.text) == document.narrative.map(\.text), "narrative sheet differs from the narrative")
            }
        }
        require(layout.properties.created >= 0, "negative creation time")
    }
}
