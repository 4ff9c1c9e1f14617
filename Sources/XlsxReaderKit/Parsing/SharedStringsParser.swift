import Foundation

/// Reads `xl/sharedStrings.xml` into the table that `t="s"` cells index.
enum SharedStringsParser {
    static func parse(_ data: Data, part: String) throws -> [String] {
        try XMLStreamReader.parse(data, part: part) { reader in
            let root = try reader.moveToRoot()
            guard root == "sst" else {
                throw XlsxReadError(part: part, "root element is <\(root)>, expected <sst>")
            }
            var strings: [String] = []
            if let count = XMLValues.int(reader.attribute("uniqueCount")), count > 0 {
                strings.reserveCapacity(min(count, 1 << 20))  // a hint only; never trust it fully
            }
            try reader.forEachChild { name in
                guard name == "si" else { return }
                strings.append(try StringItemReader.read(reader))
            }
            return strings
        }
    }
}

/// Text of a string item (`<si>` in the shared table, `<is>` in an inline-string cell):
/// plain `<t>`, or rich-text runs `<r><t>` concatenated. Phonetic guides (`<rPh>`) are
/// annotations, not part of the value, so they are skipped.
enum StringItemReader {
    static func read(_ reader: XMLStreamReader) throws -> String {
        var text = ""
        try collect(reader, into: &text)
        return ExcelEscapes.decode(text)
    }

    private static func collect(_ reader: XMLStreamReader, into text: inout String) throws {
        try reader.forEachChild { name in
            switch name {
            case "t": text += try reader.readText()
            case "r": try collect(reader, into: &text)
            default: try reader.skipElement()  // rPh, phoneticPr, rPr
            }
        }
    }
}
