import Testing
@testable import BudgetCore

@Suite struct TokenizerTests {
    @Test func lineEndsLFCRLFAndCR() {
        let lines = Array(LineSplitter("a\nb\r\nc\rd")).map { "\($0.number):\($0.text)" }
        #expect(lines == ["1:a", "2:b", "3:c", "4:d"])
        #expect(Array(LineSplitter("a\n\n")).map(\.number) == [1, 2])
    }

    @Test func classifiesLines() {
        let tokens = Array(Tokenizer(text: " 部门预算收支总表  \n\t316平乡县 \t\n\t\n   \n\t　　其中：办公用房\n注：空表列示。\n"))
        #expect(tokens == [
            .text("部门预算收支总表", line: 1),
            .cell("316平乡县", line: 2),
            .cell("", line: 3),
            .blank(line: 4),
            .cell("　　其中：办公用房", line: 5),  // U+3000 indentation is kept
            .text("注：空表列示。", line: 6),
        ])
    }

    @Test func keepsInnerSpacesOfWrappedHeaders() {
        let tokens = Array(Tokenizer(text: "\t科目    编码\n\t项  目\n"))
        #expect(tokens == [.cell("科目    编码", line: 1), .cell("项  目", line: 2)])
    }
}
