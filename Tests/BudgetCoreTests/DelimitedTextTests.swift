import Testing
@testable import BudgetCore

/// Excel's quoting, as the row-per-line and CSV shapes write it, and the tokens rows become.
@Suite struct DelimitedTextTests {
    func records(_ text: String, _ delimiter: Unicode.Scalar = "\t") -> [DelimitedRecord] {
        Array(DelimitedRecordReader(text: text, delimiter: delimiter))
    }

    @Test func quotedCellsHoldDelimitersQuotesAndLineBreaks() {
        let read = records("a\t\"b\tc\"\t\"d\"\"e\"\t\"x\r\ny\"\nnext\n")
        #expect(read == [
            DelimitedRecord(fields: ["a", "b\tc", "d\"e", "x\ny"], line: 1, lastLine: 2),
            DelimitedRecord(fields: ["next"], line: 3, lastLine: 3),
        ])
    }

    @Test func emptyCellsBetweenAndAfterDelimiters() {
        #expect(records("\t\t\n").map(\.fields) == [["", "", ""]])
        #expect(records("a\t").map(\.fields) == [["a", ""]])
        #expect(records("a\t\r\n\r\nb").map(\.fields) == [["a", ""], [""], ["b"]])
        #expect(records("\"\"\t\"\"").map(\.fields) == [["", ""]])
    }

    @Test func csvAmountsWithSeparatorsArriveQuoted() {
        #expect(records("合计,\"2,932,700\",0,\n", ",").map(\.fields) == [["合计", "2,932,700", "0", ""]])
    }

    @Test func aQuoteThatDoesNotCloseAsExcelWritesItIsReadLiterally() {
        var reader = DelimitedRecordReader(text: "\"十四五\"规划\t1\n\"未闭合\t2\n末行\n", delimiter: "\t")
        let read = Array(IteratorSequence(reader))
        #expect(read.map(\.fields) == [["\"十四五\"规划", "1"], ["\"未闭合", "2"], ["末行"]])
        while reader.next() != nil {}
        #expect(reader.literalQuoteLines == [1, 2])
    }

    @Test func aStrayQuoteNeverSwallowsMoreThanTheLimit() {
        let lines = Array(repeating: "x", count: DelimitedRecordReader.maximumQuotedLines + 5)
        let text = "\"开头\n" + lines.joined(separator: "\n") + "\n结尾\"\n"
        #expect(records(text).count == lines.count + 2)
    }

    @Test func rowsBecomeCellTokensAndABlank() {
        var tokens = RowTokenizer(text: "部门预算收支总表\n316单位\t预算年度：2022\t单位：万元\n\t\"a \r\n  b  \n\n\"\t\"尾\n\"\n注：说明\n\n", delimiter: "\t")
        let all = Array(IteratorSequence(tokens))
        #expect(all == [
            .text("部门预算收支总表", line: 1),
            .cell("316单位", line: 2), .cell("预算年度：2022", line: 2), .cell("单位：万元", line: 2), .blank(line: 2),
            .cell("", line: 3), .cell("a\nb", line: 3), .cell("尾", line: 3), .blank(line: 7),
            .text("注：说明", line: 8),
            .blank(line: 9),
        ])
        while tokens.next() != nil {}
        #expect(tokens.literalQuoteLines.isEmpty)
    }

    @Test func aOneFieldLineIsTextAndAQuotedParagraphKeepsItsLines() {
        let tokens = Array(IteratorSequence(RowTokenizer(text: "\"一、说明,含逗号\n二、另一段\"\n   \n", delimiter: ",")))
        #expect(tokens == [.text("一、说明,含逗号", line: 1), .text("二、另一段", line: 2), .blank(line: 3)])
    }
}

@Suite struct TextShapeTests {
    @Test func eachShapeIsToldFromItsLines() {
        #expect(TextShape.detect("表\n\t甲\n\t乙\n\n\t1\n\t2\n") == .cellPerLine)
        // A row of an empty cell and one more looks like a cell line: one in five is tolerated.
        #expect(TextShape.detect("表\n甲\t乙\n1\t2\n3\t4\n5\t6\n\t7\n") == .tabRows)
        #expect(TextShape.detect("表\n甲\t乙\n1\t2\n\t3\n") == .unknown)
        // A cell holding a stray TAB in a short cell-per-line text (fuzzer reproducer F7).
        #expect(TextShape.detect("表\n\t甲\n\t乙\n\t丙\n\n\t1\t2\n\t3\n") == .cellPerLine)
        #expect(TextShape.detect("表\n甲,乙\n1,\"2,000\"\n") == .csv)
        #expect(TextShape.detect("只有一行文字，没有表。\n第二行\n") == .unknown)
        #expect(TextShape.detect("表\n甲\n") == .unknown)
        #expect(TextShape.detect("表\n甲\n", fileExtension: "CSV") == .csv)
        // The name never overrides TAB lines.
        #expect(TextShape.detect("表\n甲\t乙\n1\t2\n", fileExtension: "csv") == .tabRows)
        // A narrative line with a comma now and then is no CSV.
        #expect(TextShape.detect("说明一, 二\n第二段\n第三段\n第四段\n") == .unknown)
    }

    @Test func mixedTabShapesAreRefusedWithTheCounts() {
        let text = "表\n\t甲\n\t乙\n\n1\t2\n3\t4\n"
        #expect(TextShape.detect(text) == .unknown)
        #expect(throws: DocumentFailure.unknownShape(LineCensus(cellLines: 2, rowLines: 2, commaLines: 0, nonBlankLines: 5))) {
            try DocumentReader.read(Array(text.utf8))
        }
        let failure = DocumentFailure.unknownShape(LineCensus(text))
        #expect(failure.description == "cannot tell how the cells are laid out: 2 lines hold one cell after a TAB (one cell per line) and 2 lines hold TAB-separated cells (one row per line); convert it with --format to choose")
    }

    @Test func textWithoutCellsStillSaysNoTable() {
        #expect(throws: DocumentFailure.noTable(lines: 2)) {
            try DocumentReader.read(Array("只有文字\n第二行\n".utf8))
        }
    }

    @Test func cellPerLineReadingIsUnchanged() throws {
        let text = "我的表\n\t甲\n\t乙\n\n\t1\n\t2\n\n之后的说明\n"
        let detected = try DocumentReader.read(Array(text.utf8))
        let direct = DocumentReader.read(text: text)
        #expect(detected.tables.map(\.allRows) == direct.tables.map(\.allRows))
        #expect(detected.narrative == direct.narrative)
        #expect(detected.lineCount == direct.lineCount)
    }
}
