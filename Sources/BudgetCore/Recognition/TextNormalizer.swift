/// Normalizations used to compare labels and titles (never to change what is written).
/// Hot: the recognizer, layout and validator call these for every label, so they work on
/// scalars with a fast path for text that needs no change.
public enum TextNormalizer {
    /// Without any whitespace (ASCII, tabs, U+3000, line breaks).
    public static func compact(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isWhitespace) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isWhitespace(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// Compact, quotes removed, 政府基金 → 政府性基金, full-width digits to ASCII.
    public static func label(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsLabelChange) else { return text }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars where !isWhitespace(s) {
            switch s {
            case "\u{201C}", "\u{201D}", "\"", "'", "\u{2018}", "\u{2019}", "\u{300C}", "\u{300D}": continue
            case "\u{FF10}"..."\u{FF19}":
                scalars.append(Unicode.Scalar(s.value - 0xFF10 + 0x30) ?? s)
            case "金" where scalars.count >= 3 && scalars.suffix(3) == ["政", "府", "基"]:
                scalars.insert("性", at: scalars.count - 1)
                scalars.append(s)
            default: scalars.append(s)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Scalars `label` removes or rewrites (金 for 政府基金).
    private static func needsLabelChange(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{201C}", "\u{201D}", "\"", "'", "\u{2018}", "\u{2019}", "\u{300C}", "\u{300D}", "\u{FF10}"..."\u{FF19}", "金":
            return true
        default:
            return isWhitespace(scalar)
        }
    }

    /// Unicode White_Space, without a property table look-up for every character.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
