/// Counting and folding sheet names on their bytes: the namer (BudgetCore) and the writer's
/// layout check both ask these of every sheet name, and the String views they replace
/// (`utf16.count`, `unicodeScalars.count`, `lowercased()`) cost more than the rest of naming.
public enum SheetNameText {
    /// UTF-16 units, counted on the UTF-8 bytes: a scalar of four bytes takes two, any other
    /// one (`utf16.count` built an index of the string for every name).
    public static func utf16Length(_ text: String) -> Int {
        text.withBorrowedUTF8 { bytes in
            var units = 0
            for byte in bytes where byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
            return units
        }
    }

    /// Unicode scalars, counted on the UTF-8 bytes: one for each byte that is not a
    /// continuation byte.
    public static func scalarCount(_ text: String) -> Int {
        text.withBorrowedUTF8 { bytes in
            var scalars = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
    }

    /// `lowercased()`, without its per-scalar case look-up for names of uncased text (ASCII
    /// other than capitals, general punctuation such as the quotes of “三公”, CJK punctuation,
    /// kana and ideographs, full-width forms other than letters), which most names are.
    public static func folded(_ name: String) -> String {
        let uncased = name.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x41...0x5A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return false
            case 0...0x7F, 0x2000...0x206F, 0x3000...0x9FFF, 0xFF01...0xFFEF: return true
            default: return false
            }
        }
        return uncased ? name : name.lowercased()
    }

    /// One of the characters Excel forbids in a sheet name, `[ ] : * ? / \` (a switch: hashing
    /// each byte into a set cost more than the rest of the check).
    @inline(__always)
    public static func isForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "\\"),
             UInt8(ascii: "*"), UInt8(ascii: "?"): return true
        default: return false
        }
    }
}
