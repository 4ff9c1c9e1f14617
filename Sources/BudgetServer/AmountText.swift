import Foundation

/// A number as Excel shows it under the layout's format: `#,##0.00` amounts grouped with two
/// decimals, everything else as written in the export.
enum AmountText {
    /// `15407.98` → `15,407.98`, `-3` → `-3.00`; worked on the source digits, so no binary
    /// rounding creeps in; text that is not a plain decimal is shown as it is.
    static func grouped(_ source: String) -> String {
        var text = Substring(source.trimmingCharacters(in: .whitespaces))
        var sign = ""
        if text.first == "-" || text.first == "+" {
            if text.first == "-" { sign = "-" }
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return source }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return source }
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ",") + "." + fraction + String(repeating: "0", count: 2 - fraction.count)
    }
}
