import SpreadsheetModel

/// An exact amount in hundredths of the table's unit (万元 or 元), parsed from the source text so sums
/// never go through `Double`. Comparing two amounts in cents is the "0.005 per term" tolerance
/// of the budget identities: the exports carry two decimals, so equal to the cent means equal.
public struct Cents: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var value: Int64

    public init(_ value: Int64) { self.value = value }

    public static let zero = Cents(0)

    /// Parses an amount as exports write it: `15407.98`, `0.10`, `-3.5`, `1,234.50`, `.5`,
    /// full-width digits; empty text and a lone dash (`-`, `—`, `－`) are 0. More than two
    /// decimals round half away from zero. Returns nil for anything else (text, codes with
    /// letters, more than 15 integer digits).
    public init?(parsing text: String) {
        if let plain = Cents.parsePlain(text) {
            self = plain
            return
        }
        // Every scalar but a blank must be one read below: a CJK ideograph (lead byte E4–E9,
        // U+4000–U+9FFF) or an ASCII letter anywhere makes no amount. Most texts refused are
        // labels, refused here on their bytes without walking their scalars.
        if text.withBorrowedUTF8({ $0.contains { (0xE4...0xE9).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) } }) {
            return nil
        }
        self.init(scalarsOf: text)
    }

    /// The grammar of `init(parsing:)` read scalar by scalar: what the plain and byte
    /// shortcuts before it must agree with.
    init?(scalarsOf text: String) {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !TextNormalizer.isWhitespace(scalar) {
            switch scalar.value {
            case 0xFF10...0xFF19: scalars.append(Unicode.Scalar(UInt8(scalar.value - 0xFF10 + 0x30)))
            case 0xFF0E: scalars.append(".")
            case 0xFF0C: scalars.append(",")
            case 0xFF0D, 0x2212: scalars.append("-")
            case 0x2B...0x2E, 0x30...0x39, 0x2013, 0x2014: scalars.append(scalar)
            // Any other scalar makes no amount (below, only these are read): a label such as
            // 一般公共预算拨款 is refused at its first character.
            default: return nil
            }
        }
        if scalars.isEmpty || scalars == ["-"] || scalars == ["\u{2014}"] || scalars == ["\u{2013}"] {
            self.value = 0
            return
        }
        var negative = false
        var rest = scalars[...]
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        var integer: Int64 = 0
        var integerDigits = 0
        var fraction: [Int64] = []
        var seenDot = false
        var commas = 0
        var digitsSinceComma = 0
        var previous: Unicode.Scalar?
        for scalar in rest {
            switch scalar {
            case "0"..."9":
                let digit = Int64(scalar.value - 0x30)
                if seenDot {
                    fraction.append(digit)
                } else {
                    integerDigits += 1
                    digitsSinceComma += 1
                    guard integerDigits <= 15 else { return nil }
                    integer = integer * 10 + digit
                }
            case ".":
                guard !seenDot, previous != ",", commas == 0 || digitsSinceComma == 3 else { return nil }
                seenDot = true
            case ",":
                // Thousands separator: 1–3 leading digits, then groups of exactly 3.
                guard !seenDot, commas == 0 ? (1...3).contains(digitsSinceComma) : digitsSinceComma == 3 else { return nil }
                commas += 1
                digitsSinceComma = 0
            default:
                return nil
            }
            previous = scalar
        }
        guard integerDigits + fraction.count > 0, previous != ",", commas == 0 || digitsSinceComma == 3 else { return nil }
        var hundredths = integer * 100
        if let tenths = fraction.first { hundredths += tenths * 10 }
        if fraction.count > 1 { hundredths += fraction[1] }
        if fraction.count > 2, fraction[2] >= 5 { hundredths += 1 }
        self.value = negative ? -hundredths : hundredths
    }

    /// Two decimals, e.g. `15415.77`, `-3.50`, `0.05`.
    public var description: String {
        let magnitude = value.magnitude
        let units = magnitude / 100
        let hundredths = magnitude % 100
        let sign = value < 0 ? "-" : ""
        return "\(sign)\(units).\(hundredths < 10 ? "0" : "")\(hundredths)"
    }

    public static func < (lhs: Cents, rhs: Cents) -> Bool { lhs.value < rhs.value }

    /// Saturating, so no input can trap.
    public static func + (lhs: Cents, rhs: Cents) -> Cents {
        let (sum, overflow) = lhs.value.addingReportingOverflow(rhs.value)
        if overflow { return Cents(rhs.value < 0 ? Int64.min : Int64.max) }
        return Cents(sum)
    }

    public static func - (lhs: Cents, rhs: Cents) -> Cents {
        let (difference, overflow) = lhs.value.subtractingReportingOverflow(rhs.value)
        if overflow { return Cents(rhs.value < 0 ? Int64.max : Int64.min) }
        return Cents(difference)
    }

    public static func += (lhs: inout Cents, rhs: Cents) { lhs = lhs + rhs }

    public var isZero: Bool { value == 0 }
}

extension Sequence where Element == Cents {
    /// Exact sum.
    public func sum() -> Cents { reduce(Cents.zero, +) }
}

extension Cents {
    /// Fast path for what exports almost always hold: `15407.98`, `-3.5`, `0`, empty. Anything
    /// else (commas, full-width digits, spaces, three decimals) goes the general way.
    static func parsePlain(_ text: String) -> Cents? {
        text.withBorrowedUTF8 { bytes -> Cents? in
            if bytes.isEmpty { return .zero }
            var index = 0
            let negative = bytes[0] == UInt8(ascii: "-")
            if negative { index = 1 }
            var integer: Int64 = 0
            var integerDigits = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                guard integerDigits < 15 else { return nil }  // a 16th digit: nil, before Int64 overflows
                integer = integer * 10 + Int64(bytes[index] - 0x30)
                integerDigits += 1
                index += 1
            }
            guard integerDigits > 0, integerDigits <= 15 else { return nil }
            var hundredths = integer * 100
            if index < bytes.count {
                guard bytes[index] == UInt8(ascii: "."), bytes.count - index - 1 <= 2, bytes.count - index - 1 >= 1 else { return nil }
                var scale: Int64 = 10
                index += 1
                while index < bytes.count {
                    guard bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
                    hundredths += Int64(bytes[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                }
            }
            return Cents(negative ? -hundredths : hundredths)
        }
    }

    /// Written as the amount itself (`"15415.77"`), so manifests read like the tables.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), let value = Cents(parsing: text) {
            self = value
        } else {
            self = Cents(try container.decode(Int64.self))
        }
    }
}
