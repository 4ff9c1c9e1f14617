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

    static func text(_ characters: [PDFCharacter]) -> String {
        joinWrapped(lines(characters).map(lineText))
    }

    private static func isLatinOrDigit(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
