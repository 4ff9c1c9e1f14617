/// A 0-based cell position; `a1` renders and `init?(_:)` parses the Excel "B3" form.
public struct CellAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    /// Excel's grid limits (XFD1048576); addresses beyond them are malformed.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses "B3", "b3" or "$B$3". Returns nil for anything else or outside Excel's grid.
    public init?(_ a1: String) {
        var letters = 0
        var column = 0
        var digits = 0
        var row = 0
        var sawRowDollar = false
        for (index, ch) in a1.utf8.enumerated() {
            switch ch {
            case UInt8(ascii: "$"):
                if index == 0 { continue }
                // A second `$` is only allowed between the letters and the digits.
                guard letters > 0, digits == 0, !sawRowDollar else { return nil }
                sawRowDollar = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, !sawRowDollar, letters < 3 else { return nil }
                let upper = ch & ~0x20
                column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(ch - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0,
              (1...Self.maxRows).contains(row), (1...Self.maxColumns).contains(column) else { return nil }
        self.row = row - 1
        self.column = column - 1
    }

    /// Column letters for a 0-based column index ("A", "Z", "AA", ...).
    public static func columnLetters(_ column: Int) -> String {
        var n = column + 1
        var scalars: [Character] = []
        while n > 0 {
            let rem = (n - 1) % 26
            scalars.append(Character(Unicode.Scalar(UInt8(65 + rem))))
            n = (n - 1) / 26
        }
        return String(scalars.reversed())
    }

    public var a1: String { Self.columnLetters(column) + String(row + 1) }

    public var description: String { a1 }

    /// Row-major order, the order cells appear in a sheet.
    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
