/// Normalizations used to compare labels and titles (never to change what is written).
public enum TextNormalizer {
    /// Without any whitespace (ASCII, tabs, U+3000, line breaks).
    public static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Compact, quotes removed, 政府基金 → 政府性基金, full-width digits to ASCII.
    public static func label(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in compact(text).unicodeScalars {
            switch s {
            case "\u{201C}", "\u{201D}", "\"", "'", "\u{2018}", "\u{2019}", "\u{300C}", "\u{300D}": continue
            case "\u{FF10}"..."\u{FF19}":
                scalars.append(Unicode.Scalar(s.value - 0xFF10 + 0x30) ?? s)
            default: scalars.append(s)
            }
        }
        return String(scalars).replacing("政府基金", with: "政府性基金")
    }
}
