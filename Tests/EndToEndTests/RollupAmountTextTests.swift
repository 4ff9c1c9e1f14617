@testable import BudgetBatch
import Testing

/// The roll-up prints amounts from exact hundredths (and other powers of ten) on the digits'
/// bytes; the Character-based printing it replaced is the reference.
@Suite struct RollupAmountTextTests {
    static func reference(_ value: Int64, divisor: Int64) -> String {
        let negative = value < 0
        let magnitude = value.magnitude
        let whole = magnitude / UInt64(divisor), fraction = magnitude % UInt64(divisor)
        let places = String(divisor).count - 1
        var digits = String(fraction)
        digits = String(repeating: "0", count: max(0, places - digits.count)) + digits
        while digits.count > 2, digits.hasSuffix("0") { digits.removeLast() }
        return (negative ? "-" : "") + String(whole) + (digits.isEmpty ? "" : "." + digits)
    }

    @Test func printedAsTheCharacterPrintingPrintedThem() {
        var values: [Int64] = [0, 1, -1, 5, 10, 99, 100, 101, 1_234_500, -1_234_500, 1_540_798, 30_28, Int64.max, Int64.min + 1]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Int64(bitPattern: state) >> Int64(state % 50))
        }
        for divisor: Int64 in [1, 10, 100, 1000, 10_000, 1_000_000, 150] {
            for value in values {
                #expect(RollupAmountText.decimal(value, divisor: divisor) == Self.reference(value, divisor: divisor),
                        "\(value) / \(divisor)")
            }
        }
        #expect(RollupAmountText.decimal(1_234_500, divisor: 10_000) == "123.45")
        #expect(RollupAmountText.decimal(-5, divisor: 100) == "-0.05")
        #expect(RollupAmountText.decimal(7, divisor: 1) == "7.0")
    }
}
