/// Puts characters back into text. Within a line a gap wider than `gapSpace` times the text
/// height is a space; a real space character counts only when at least `spaceWidth` times
/// the height wide (WPS puts very narrow spaces before Chinese punctuation). Lines wrapped
/// inside one cell or paragraph join with nothing, except between two Latin letters or
/// digits, which keep a space.
enum TextAssembler {
    static let gapSpace = 0.55
    static let spaceWidth = 0.4

    /// The characters grouped into visual lines, top to bottom, each left to right.
    static func lines(_ characters: [PDFCharacter]) -> [[PDFCharacter]] {
        let sorted = characters.sorted { $0.box.center.y < $1.box.center.y }
        var lines: [[PDFCharacter]] = []
        var lineCenter = 0.0, lineHeight = 0.0
        for character in sorted {
            let center = character.box.center.y
            if !lines.isEmpty, abs(center - lineCenter) <= 0.4 * max(lineHeight, character.height) {
                lines[lines.count - 1].append(character)
            } else {
                lines.append([character])
                lineCenter = center
                lineHeight = character.height
            }
        }
        return lines.map { line in line.sorted { $0.box.minX < $1.box.minX } }
    }

    /// One line's text with the space rules applied.
    static func lineText(_ line: [PDFCharacter]) -> String {
        var text = ""
        var previous: PDFCharacter?
        var pendingSpace = false
        for character in line {
            if character.isSpace {
                if character.box.width >= spaceWidth * character.height { pendingSpace = true }
                continue
            }
            if let previous {
                let gap = character.box.minX - previous.box.maxX
                if pendingSpace || gap > gapSpace * max(previous.height, character.height) { text += " " }
            }
            text += character.text
            previous = character
            pendingSpace = false
        }
        return text
    }

    /// Lines joined as wrapped text of one cell or paragraph.
    static func joinWrapped(_ lines: [String]) -> String {
        var text = ""
        for line in lines where !line.isEmpty {
            if let last = text.last, let first = line.first, isLatinOrDigit(last), isLatinOrDigit(first) {
                text += " "
            }
            text += line
        }
        return text
    }

    /// `right`: where the cell's lines may reach (its right edge); nil for free text.
    static func text(_ characters: [PDFCharacter], right cellRight: Double? = nil) -> String {
        let visual = lines(characters)
        guard visual.count > 1 else { return joinWrapped(visual.map(lineText)) }
        // A line that stops well short of where the cell lets it go and is followed by the
        // next item of a list (`1.…` then `2.…`) was ended by the author, not wrapped: keep
        // that line break.
        let right = cellRight ?? visual.compactMap { $0.map(\.box.maxX).max() }.max() ?? 0
        var paragraphs: [[String]] = [[]]
        for (index, line) in visual.enumerated() {
            let text = lineText(line)
            if index > 0, startsListItem(text), let previous = visual[index - 1].last,
               previous.box.maxX < right - 2 * previous.height {
                paragraphs.append([])
            }
            paragraphs[paragraphs.count - 1].append(text)
        }
        return paragraphs.map(joinWrapped).joined(separator: "\n")
    }

    /// `2.`, `2、`, `（2）`, `(2)`, `二、` at the start of a line, not `2.5%`.
    static func startsListItem(_ line: String) -> Bool {
        var rest = Substring(line)
        if let first = rest.first, "（(".contains(first) {
            rest = rest.dropFirst()
            let number = rest.prefix { $0.isNumber }
            guard !number.isEmpty, let close = rest.dropFirst(number.count).first else { return false }
            return "）)".contains(close)
        }
        let number = rest.prefix { $0.isASCII && $0.isNumber || "一二三四五六七八九十".contains($0) }
        guard !number.isEmpty, number.count <= 3 else { return false }
        rest = rest.dropFirst(number.count)
        guard let mark = rest.first, ".、．".contains(mark) else { return false }
        guard let next = rest.dropFirst().first else { return false }
        return !(next.isASCII && next.isNumber)
    }

    private static func isLatinOrDigit(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
