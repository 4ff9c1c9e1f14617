/// A 科目编码 cell printed wrongly (`2` where the 款 `02` was meant, `7` where a 类 was meant):
/// reported once, where it is printed, with the reading the arithmetic then uses, so the
/// defect does not cascade into every sum the row takes part in.
struct CodeDefect {
    var row: SourceRow
    var column: Int
    /// The code part as printed.
    var printed: String
    /// What the part is read as (`02`), and the full code of the row (`30102`).
    var readPart: String
    var readCode: String
    /// 类, 款, 项 or 科目编码.
    var partName: String
    var expectedDigits: Int
}

/// Reads the 科目编码 of each data row from one combined column or from split 类 | 款 | 项
/// columns. Rows that print only the 款 or 项 part take the rest from the rows above.
struct CodeReading {
    private(set) var defects: [CodeDefect] = []
    private var currentClass = ""
    private var currentItem = ""
    private static let partNames = ["类", "款", "项"]

    /// The row's code, "" when it has none.
    mutating func code(of row: SourceRow, in columns: ColumnRoles.Code) -> String {
        switch columns {
        case .combined(let column):
            let text = TextNormalizer.compact(CodeTableView.text(row, column))
            if let code = CodeTableView.code(from: text) {
                remember(code)
                return code
            }
            guard !text.isEmpty, text.isASCIIDigits else { return "" }
            // A wrong length: read later from the rows after it (`inferCombined`), reported once.
            defects.append(CodeDefect(row: row, column: column, printed: text, readPart: "", readCode: "",
                                      partName: "科目编码", expectedDigits: 0))
            return ""
        case .split(let columns):
            let parts = columns.map { TextNormalizer.compact(CodeTableView.text(row, $0)) }
            guard parts.contains(where: { !$0.isEmpty }),
                  parts.allSatisfy(\.isASCIIDigits) else { return "" }
            var read: [String] = []
            for (index, part) in parts.enumerated() {
                let digits = index == 0 ? 3 : 2
                if part.isEmpty {
                    // Printed only from a lower level: the parts above come from the rows above.
                    if index == 0, parts.dropFirst().contains(where: { !$0.isEmpty }) {
                        read.append(currentClass)
                    } else if index == 1, parts.count > 2, !parts[2].isEmpty {
                        read.append(currentItem.isEmpty ? "" : String(currentItem.suffix(2)))
                    } else {
                        break
                    }
                    continue
                }
                // Parts are ASCII digits (the guard above): bytes count their Characters.
                if part.utf8.count == digits {
                    read.append(part)
                } else if index == 0 {
                    // A 类 printed with a wrong length: read from the rows after it (`inferCombined`).
                    defects.append(CodeDefect(row: row, column: columns[0], printed: part, readPart: "", readCode: "",
                                              partName: "类", expectedDigits: 3))
                    return ""
                } else if part.utf8.count < digits {
                    let padded = Self.pad(part, to: digits)
                    read.append(padded)
                    let code = (read).joined()
                    defects.append(CodeDefect(row: row, column: columns[index], printed: part, readPart: padded,
                                              readCode: code, partName: Self.partNames[min(index, 2)],
                                              expectedDigits: digits))
                } else {
                    return ""
                }
            }
            // Only leading parts count: a 项 without its 款 has no place.
            let code = read.joined()
            guard [3, 5, 7].contains(code.utf8.count) else { return "" }
            if let last = defects.last, last.row == row, last.readCode != code {
                defects[defects.count - 1].readCode = code
            }
            remember(code)
            return code
        }
    }

    private mutating func remember(_ code: String) {
        currentClass = String(code.prefix(3))
        currentItem = code.utf8.count >= 5 ? String(code.prefix(5)) : ""
    }

    private static func pad(_ text: String, to digits: Int = 2) -> String {
        String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Codes printed with a wrong length in a combined column or a 类 column (`7` where `210`
    /// was meant): the
    /// code the next coded row's parent names, when no row lists that parent. Returns the rows' codes with the readings filled in.
    mutating func inferCombined(rows: [SourceRow], codes: [String]) -> [String] {
        var codes = codes
        let listed = Set(codes.filter { !$0.isEmpty })
        for index in defects.indices where defects[index].readCode.isEmpty {
            guard let position = rows.firstIndex(of: defects[index].row) else { continue }
            let next = codes[(position + 1)...].first { !$0.isEmpty }
            let parent = next.flatMap(CodeTableView.parent(of:))
            let expected = parent?.count ?? (defects[index].printed.count < 3 ? 3 : defects[index].printed.count + 1)
            defects[index].expectedDigits = [3, 5, 7].first { $0 >= expected } ?? expected
            guard let parent, !listed.contains(parent) else { continue }
            defects[index].readCode = parent
            defects[index].readPart = parent
            codes[position] = parent
        }
        return codes
    }
}
