/// Display width in Excel character units: a CJK (wide or full-width) character counts two.
public enum DisplayWidth {
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// The widest line of a possibly multi-line text.
    public static func widestLine(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { of($0) }.max() ?? 0
    }

    public static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        case 0x0300...0x036F, 0x200B...0x200F:
            return 0
        default:
            return 1
        }
    }
}
