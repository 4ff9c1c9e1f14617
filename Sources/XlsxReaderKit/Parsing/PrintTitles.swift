import Foundation

/// Decodes the `_xlnm.Print_Titles` defined name, e.g. `'收支总表'!$4:$6` or
/// `Sheet1!$A:$B,Sheet1!$1:$3` (columns and rows combined by a comma).
enum PrintTitles {
    static let definedName = "_xlnm.Print_Titles"

    struct Area {
        /// Sheet name with quotes removed, nil when the area has no sheet prefix.
        var sheetName: String?
        var reference: String
    }

    /// The repeated rows, 0-based, or nil when the value holds no row range.
    static func repeatRows(in value: String) -> ClosedRange<Int>? {
        for area in areas(in: value) {
            let ends = area.reference.replacingOccurrences(of: "$", with: "")
                .split(separator: ":", omittingEmptySubsequences: false)
            guard ends.count == 2,
                  let a = Int(ends[0]), let b = Int(ends[1]), a >= 1, b >= 1 else { continue }
            return (min(a, b) - 1)...(max(a, b) - 1)
        }
        return nil
    }

    /// Splits on commas outside quoted sheet names (which may contain commas and `''`).
    static func areas(in value: String) -> [Area] {
        var result: [Area] = []
        var current = ""
        var inQuotes = false
        for ch in value {
            if ch == "'" { inQuotes.toggle() }  // `''` toggles twice: stays quoted
            if ch == ",", !inQuotes {
                result.append(area(current))
                current = ""
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { result.append(area(current)) }
        return result
    }

    private static func area(_ text: String) -> Area {
        let text = text.trimmingSpaces()
        // The reference part never contains "!", a quoted sheet name may: split at the last one.
        guard let bang = text.lastIndex(of: "!") else { return Area(sheetName: nil, reference: text) }
        var sheet = String(text[..<bang])
        if sheet.hasPrefix("'"), sheet.hasSuffix("'"), sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        return Area(sheetName: sheet, reference: String(text[text.index(after: bang)...]))
    }
}
