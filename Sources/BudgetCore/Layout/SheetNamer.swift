import SpreadsheetModel

/// Valid, unique, recognisable sheet names (docs/templates.md "Sheet names"): at most 31
/// characters (code points and UTF-16 units), none of `[ ] : * ? / \`, no leading or
/// trailing `'`, unique ignoring case, never `History`.
public struct SheetNamer {
    public static let maxLength = 31
    /// The names given so far, folded.
    private var names = SheetNameSet()

    public init() {}

    /// A name for the table's sheet, unique within this namer.
    public mutating func name(for table: BudgetTable, position: Int) -> String {
        unique(SheetNamer.base(for: table, position: position))
    }

    public mutating func unique(_ proposed: String) -> String {
        var base = SheetNamer.clean(proposed)
        if base.isEmpty { base = "表" }
        var folded = SheetNameText.folded(base)
        if folded == "history" {
            base += "表"
            folded = SheetNameText.folded(base)
        }
        var candidate = base
        var counter = 2
        while !names.insert(folded) {  // taken: the next numbered candidate
            let suffix = "(\(counter))"
            candidate = SheetNamer.truncate(base, to: SheetNamer.maxLength - suffix.utf8.count, ellipsis: false) + suffix
            folded = SheetNameText.folded(candidate)
            counter += 1
        }
        return candidate
    }

    static func base(for table: BudgetTable, position: Int) -> String {
        guard let template = table.template else {
            return table.title.isEmpty ? "表\(position)" : withoutYear(table.title)
        }
        guard template.kind == .performanceTarget else { return template.sheetName }
        return performanceName(TextNormalizer.compact(table.title))
    }

    /// `12、机关事业养老信息化建设及办公经费绩效目标表` → `绩效12-机关事业养老信息化建设及办公经费`,
    /// from the compacted title.
    static func performanceName(_ compact: String) -> String {
        compact.withBorrowedUTF8(plainPerformanceName) ?? performanceNameByCharacters(compact)
    }

    /// `performanceName` by Characters: any text (the byte reading takes plain text only).
    static func performanceNameByCharacters(_ compact: String) -> String {
        var project = Substring(compact)
        var number = ""
        let digits = project.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let separator = project.dropFirst(digits.count).first, "、.．,，".contains(separator) {
            number = String(digits)
            project = project.dropFirst(digits.count + 1)
        }
        // On bytes where that is the same (`endsWithText`): the Character test walked the
        // whole title backwards by grapheme for each of these tables.
        if String(project).endsWithText("绩效目标表") { project = project.dropLast(5) }
        return "绩效" + number + (project.isEmpty ? "" : "-" + project)
    }

    /// The performance-target name of a compacted title, on its bytes when it is plain
    /// (`SingleScalarText`: each scalar a Character, so Characters and bytes cut it alike);
    /// nil otherwise. Cut by Characters, these names cost more than the rest of naming.
    private static func plainPerformanceName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard SingleScalarText.holds(bytes) else { return nil }
        var start = 0
        var number = ""
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        if digits > 0, digits < bytes.count {
            let separator = UTF8Scalar.decode(bytes, at: digits)
            switch separator.value {
            case 0x3001, 0x2E, 0xFF0E, 0x2C, 0xFF0C:  // 、 . ． , ，
                number = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<digits]), as: UTF8.self)
                start = digits + separator.length
            default: break
            }
        }
        var end = bytes.count
        if end - start >= performanceSuffix.count,
           bytes[(end - performanceSuffix.count)...].elementsEqual(performanceSuffix) {
            end -= performanceSuffix.count
        }
        let project = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return "绩效" + number + (project.isEmpty ? "" : "-" + project)
    }

    private static let performanceSuffix = Array("绩效目标表".utf8)

    /// `2024年部门项目支出预算表` → `部门项目支出预算表`: the year is in the title row and the properties.
    static func withoutYear(_ title: String) -> String {
        let compact = TextNormalizer.compact(title)
        // Plain text (see plainPerformanceName) is cut on its bytes: four ASCII digits, 年, more.
        let plainCut = compact.withBorrowedUTF8 { bytes -> String?? in
            guard SingleScalarText.holds(bytes) else { return .none }
            guard bytes.count > 7, bytes[..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  bytes[4..<7].elementsEqual(yearMark) else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[7...]), as: UTF8.self))
        }
        if case .some(let cut) = plainCut { return cut ?? title }
        let digits = compact.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, compact.dropFirst(4).hasPrefix("年"), compact.count > 5 else { return title }
        return String(compact.dropFirst(5))
    }

    /// A byte `clean` replaces or drops: a control or one Excel forbids.
    private static func isCleaned(_ byte: UInt8) -> Bool {
        byte < 0x20 || SheetNameText.isForbidden(byte)
    }

    /// Replaces forbidden characters with look-alikes a clerk still recognises.
    static func clean(_ name: String) -> String {
        // Most names need no change: no forbidden or control byte, no quote or space at either
        // end (bytes decide: each of those is ASCII).
        let bytes = name.utf8
        if let first = bytes.first, let last = bytes.last, first != 0x27, first != 0x20, last != 0x27, last != 0x20,
           !bytes.contains(where: isCleaned) {
            return truncate(name, to: maxLength, ellipsis: true)
        }
        // Built as bytes and decoded once (appending scalar by scalar to a string cost more
        // than the rest of the naming).
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(name.utf8.count + 8)
        for scalar in name.unicodeScalars {
            let replacement: Unicode.Scalar
            switch scalar {
            case "[": replacement = "〔"
            case "]": replacement = "〕"
            case ":": replacement = "："
            case "/", "\\": replacement = "-"
            case "*", "?": continue
            case "\n", "\r", "\t": replacement = " "
            default:
                if scalar.value < 0x20 { continue }
                replacement = scalar
            }
            UTF8.encode(replacement) { cleaned.append($0) }
        }
        let result = String(decoding: cleaned, as: UTF8.self)
        // Quotes and spaces in any order at either end (` 'a' ` once kept its leading quote,
        // which Excel refuses).
        var trimmed = Substring(result)
        while trimmed.last == "'" || trimmed.last == " " { trimmed = trimmed.dropLast() }
        while trimmed.first == "'" || trimmed.first == " " { trimmed = trimmed.dropFirst() }
        return truncate(String(trimmed), to: maxLength, ellipsis: true)
    }

    private static let yearMark = Array("年".utf8)

    /// Shortens to `limit` UTF-16 units (which also bounds code points), ending in `…` when cut.
    static func truncate(_ name: String, to limit: Int, ellipsis: Bool) -> String {
        guard SheetNameText.utf16Length(name) > limit else { return name }
        let budget = ellipsis ? limit - 1 : limit
        // Plain text is cut on its bytes (each scalar a Character; a 4-byte one is 2 units).
        let plainCut = name.withBorrowedUTF8 { bytes -> String? in
            guard SingleScalarText.holds(bytes) else { return nil }
            var units = 0, end = 0
            while end < bytes.count {
                let length = bytes[end] < 0x80 ? 1 : bytes[end] >= 0xF0 ? 4 : bytes[end] >= 0xE0 ? 3 : 2
                let width = length == 4 ? 2 : 1
                if units + width > budget { break }
                units += width
                end += length
            }
            while end > 0, bytes[end - 1] == 0x27 { end -= 1 }  // a trailing '
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
        if let plainCut { return ellipsis ? plainCut + "…" : plainCut }
        var result = ""
        var units = 0  // UTF-16 units in `result`, counted as it grows (asking the string each time was quadratic)
        for character in name {
            let width = character.utf16.count
            if units + width > budget { break }
            units += width
            result.append(character)
        }
        while result.last == "'" { result.removeLast() }
        return ellipsis ? result + "…" : result
    }
}
