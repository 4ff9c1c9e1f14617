import SpreadsheetModel

/// Recognises the plain decimal numbers of exports (`15407.98`, `0.10`, `-3.00`, `1,234.50`,
/// `1298`) and nothing else: no exponents, no leading zeros (`0101` is an identifier), at
/// most 15 significant digits so the double is exact to the cent.
///
/// Hot (every cell is asked several times), so it reads the UTF-8 bytes in place: a plain
/// decimal is ASCII, where bytes and Characters are the same.
public enum NumberParser {
    public static func parse(_ text: String) -> Double? {
        text.withBorrowedUTF8(shape(of:))?.value
    }

    public static func hasTwoDecimals(_ text: String) -> Bool {
        text.withBorrowedUTF8(shape(of:))?.decimals == 2
    }

    /// A number printed with thousands separators (`2,932,700`): one pass over the bytes.
    static func isGrouped(_ text: String) -> Bool {
        text.withBorrowedUTF8(shape(of:))?.hasComma == true
    }

    public static func isInteger(_ text: String) -> Bool {
        guard let shape = text.withBorrowedUTF8(shape(of:)) else { return false }
        return !shape.hasDot
    }

    static func isPlainDecimal(_ text: String) -> Bool {
        text.withBorrowedUTF8(shape(of:)) != nil
    }

    /// What a plain decimal is made of; nil when the bytes are not one.
    struct Shape {
        var hasComma: Bool
        var hasDot: Bool
        /// Digits after the dot (0 without one).
        var decimals: Int
        /// The digits as one integer (at most 15 of them), and the sign.
        var mantissa: Int64
        var negative: Bool

        /// The number. Both the digits (below 2^53) and the power of ten (at most 10^15) are
        /// exact doubles, so their quotient is the correctly rounded value, the very double
        /// `Double(String)` gives, without its C conversion and a copy of the text.
        var value: Double {
            let magnitude = Double(mantissa) / Shape.powersOfTen[decimals]
            return negative ? -magnitude : magnitude
        }

        static let powersOfTen: [Double] = (0...15).map { exponent in
            (0..<exponent).reduce(1.0) { power, _ in power * 10 }
        }
    }

    static func shape(of all: UnsafeBufferPointer<UInt8>) -> Shape? {
        var start = 0
        if all.first == UInt8(ascii: "-") { start = 1 }
        guard start < all.count, (48...57).contains(all[start]) else { return nil }
        let first = all[start]
        var digits = 0
        var mantissa: Int64 = 0
        var seenDot = false
        var integerDigits = 0
        var decimals = 0
        var previousWasComma = false
        var hasComma = false
        // Digits since the last comma, for the grouping rule (1 to 3 before the first comma,
        // exactly 3 after every comma).
        var groupDigits = 0
        var firstGroupDigits: Int?
        for index in start..<all.count {
            let byte = all[index]
            switch byte {
            case 48...57:
                digits += 1
                // Digits past 15 are refused below; they would overflow no sooner than 18.
                if digits <= 15 { mantissa = mantissa * 10 + Int64(byte - 48) }
                if !seenDot { integerDigits += 1; groupDigits += 1 } else { decimals += 1 }
                previousWasComma = false
            case UInt8(ascii: "."):
                guard !seenDot, !previousWasComma else { return nil }
                if hasComma, groupDigits != 3 { return nil }
                seenDot = true
            case UInt8(ascii: ","):
                guard !seenDot, !previousWasComma, integerDigits > 0 else { return nil }
                if let _ = firstGroupDigits {
                    if groupDigits != 3 { return nil }
                } else {
                    firstGroupDigits = groupDigits
                    if groupDigits > 3 { return nil }
                }
                groupDigits = 0
                hasComma = true
                previousWasComma = true
            default:
                return nil
            }
        }
        guard let last = all.last, (48...57).contains(last), digits <= 15 else { return nil }
        // "0101" is an identifier, "0.50" a number.
        if integerDigits > 1 && first == UInt8(ascii: "0") { return nil }
        if hasComma, !seenDot, groupDigits != 3 { return nil }
        return Shape(hasComma: hasComma, hasDot: seenDot, decimals: decimals, mantissa: mantissa, negative: start == 1)
    }
}
