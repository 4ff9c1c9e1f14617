import Testing
@testable import BudgetCore

@Suite struct CellTyperTests {
    @Test func amountsAreNumbers() {
        #expect(CellTyper.value(of: "15407.98", role: .amount) == .number(15407.98, source: "15407.98", format: .amount))
        #expect(CellTyper.value(of: "0.10", role: .amount) == .number(0.1, source: "0.10", format: .amount))
        #expect(CellTyper.value(of: "-3.00", role: .amount) == .number(-3, source: "-3.00", format: .amount))
        #expect(CellTyper.value(of: "1,234.50", role: .amount) == .number(1234.5, source: "1,234.50", format: .amount))
        #expect(CellTyper.value(of: "", role: .amount) == .empty)
    }

    @Test func codesStayText() {
        #expect(CellTyper.value(of: "2080101", role: .code) == .text("2080101"))
        #expect(CellTyper.value(of: "0101", role: .text) == .text("0101"))
    }

    @Test func serialsAreIntegers() {
        #expect(CellTyper.value(of: "12", role: .serial) == .number(12, source: "12", format: .integer))
        #expect(CellTyper.indexValue(of: "栏次") == .text("栏次"))
        #expect(CellTyper.indexValue(of: "3") == .number(3, source: "3", format: .integer))
    }

    @Test func formulaLookingTextIsText() {
        for text in ["=SUM(A1:A3)", "+1", "-x", "@cmd", "1e5", "≥95%", "6812人", "1.2.3", "12,34"] {
            #expect(CellTyper.value(of: text, role: .amount) == .text(text), "\(text)")
        }
    }

    @Test func tooManyDigitsStayText() {
        #expect(CellTyper.value(of: "1234567890123456.00", role: .amount) == .text("1234567890123456.00"))
    }
}
