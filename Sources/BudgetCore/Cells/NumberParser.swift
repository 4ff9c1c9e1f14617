/// Recognises the plain decimal numbers of exports (`15407.98`, `0.10`, `-3.00`, `1,234.50`,
/// `1298`) and nothing else: no exponents, no leading zeros (`0101` is an identifier), at
/// most 15 significant digits so the double is exact to the cent.
public enum NumberParser {
    public static func parse(_ text: String) -> Double? {
        guard isPlainDecimal(text) else { return nil }
        return Double(text.filter { $0 != "," })
    }

    public static func hasTwoDecimals(_ text: String) -> Bool {
        guard isPlainDecimal(text), let dot = text.firstIndex(of: ".") else { return false }
        return text.distance(from: dot, to: text.endIndex) == 3
    }

    public static func isInteger(_ text: String) -> Bool {
        isPlainDecimal(text) && !text.containsText(".")
    }

    static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, (48...57).contains(first) else { return false }
        var digits = 0
        var seenDot = false
        var integerDigits = 0
        var previousWasComma = false
        for byte in bytes {
            switch byte {
            case 48...57:
                digits += 1
                if !seenDot { integerDigits += 1 }
                previousWasComma = false
            case UInt8(ascii: "."):
                guard !seenDot, !previousWasComma else { return false }
                seenDot = true
            case UInt8(ascii: ","):
                guard !seenDot, !previousWasComma, integerDigits > 0 else { return false }
                previousWasComma = true
            default:
                return false
            }
        }
        guard bytes.last.map({ (48...57).contains($0) }) == true, digits <= 15 else { return false }
        // "0101" is an identifier, "0.50" a number.
        if integerDigits > 1 && first == UInt8(ascii: "0") { return false }
        if bytes.contains(UInt8(ascii: ",")) && !hasValidGrouping(bytes) { return false }
        return true
    }

    private static func hasValidGrouping(_ bytes: ArraySlice<UInt8>) -> Bool {
        let integerPart = bytes.prefix { $0 != UInt8(ascii: ".") }
        let groups = integerPart.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
