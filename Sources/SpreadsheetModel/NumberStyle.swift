/// How a number is shown: an Excel number format.
///
/// A style is a number standing for its format text, interned once per process
/// (`NumberFormatTable`): every cell and style carries one, and a string there made each copy
/// of a cell's style a reference count and each comparison or hash a walk over the text (a
/// profile put those at several percent of a conversion). Two styles are equal exactly when
/// their format texts are.
public struct NumberStyle: Hashable, Sendable {
    let id: UInt32

    public init(rawValue: String) { id = NumberFormatTable.id(of: rawValue) }

    /// The Excel number format text.
    public var rawValue: String { NumberFormatTable.text(of: id) }

    /// 万元 amounts of the Hebei template: `#,##0.00`.
    public static let amount = NumberStyle(rawValue: "#,##0.00")
    /// 序号, 栏次, counts.
    public static let integer = NumberStyle(rawValue: "0")
    /// Other numbers, as written.
    public static let general = NumberStyle(rawValue: "General")

    /// An amount shown as printed: with thousands separators when the source has them, with
    /// the source's decimals (`2,932,700` → `#,##0`, `31,214,205.80` → `#,##0.00`, `80.00` → `0.00`).
    public static func printed(grouping: Bool, decimals: Int) -> NumberStyle {
        printedStyles[(grouping ? 7 : 0) + min(max(decimals, 0), 6)]
    }

    /// The separators and decimals of a style `printed(grouping:decimals:)` makes; nil for any
    /// other format.
    public var printedShape: (grouping: Bool, decimals: Int)? {
        guard let index = Self.printedStyles.firstIndex(of: self) else { return nil }
        return (index >= 7, index % 7)
    }

    /// `0`, `0.0` … `0.000000`, then `#,##0` … `#,##0.000000`: made once, as amounts ask for
    /// them cell by cell.
    private static let printedStyles: [NumberStyle] = [false, true].flatMap { grouping in
        (0...6).map { places in
            let whole = grouping ? "#,##0" : "0"
            return NumberStyle(rawValue: places == 0 ? whole : whole + "." + String(repeating: "0", count: places))
        }
    }
}
