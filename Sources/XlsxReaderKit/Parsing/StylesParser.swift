import Foundation

/// Reads `xl/styles.xml` and resolves every `cellXfs` entry into a `ReadCellStyle`,
/// so a cell's `s` attribute becomes a plain array lookup.
enum StylesParser {
    private struct Font {
        var bold = false
        var italic = false
        var name: String?
        var size: Double?
    }

    private struct Border {
        var left: String?
        var right: String?
        var top: String?
        var bottom: String?
    }

    private struct CellFormat {
        var numFmtID = 0
        var fontID = 0
        var borderID = 0
        var horizontal: String?
        var vertical: String?
        var wrapText = false
    }

    /// Resolved styles indexed like `<cellXfs>`.
    static func parse(_ data: Data, part: String) throws -> [ReadCellStyle] {
        var numFmts: [Int: String] = [:]
        var fonts: [Font] = []
        var borders: [Border] = []
        var xfs: [CellFormat] = []

        try XMLStreamReader.parse(data, part: part) { reader in
            let root = try reader.moveToRoot()
            guard root == "styleSheet" else {
                throw XlsxReadError(part: part, "root element is <\(root)>, expected <styleSheet>")
            }
            // Only the top-level sections count: <dxfs> also holds <font>/<border> elements.
            try reader.forEachChild { section in
                switch section {
                case "numFmts":
                    try reader.forEachChild { name in
                        guard name == "numFmt" else { return }
                        let attrs = reader.attributes()
                        if let id = XMLValues.int(attrs["numFmtId"]), let code = attrs["formatCode"] {
                            numFmts[id] = code
                        }
                    }
                case "fonts":
                    try reader.forEachChild { name in
                        guard name == "font" else { return }
                        fonts.append(try readFont(reader))
                    }
                case "borders":
                    try reader.forEachChild { name in
                        guard name == "border" else { return }
                        borders.append(try readBorder(reader))
                    }
                case "cellXfs":
                    try reader.forEachChild { name in
                        guard name == "xf" else { return }
                        xfs.append(try readCellFormat(reader))
                    }
                default:
                    break
                }
            }
        }

        return try xfs.enumerated().map { index, xf in
            guard xf.fontID >= 0, xf.fontID < max(fonts.count, 1) else {
                throw XlsxReadError(part: part, "cellXfs[\(index)] refers to font \(xf.fontID), only \(fonts.count) defined")
            }
            guard xf.borderID >= 0, xf.borderID < max(borders.count, 1) else {
                throw XlsxReadError(part: part, "cellXfs[\(index)] refers to border \(xf.borderID), only \(borders.count) defined")
            }
            let font = fonts.isEmpty ? Font() : fonts[xf.fontID]
            let border = borders.isEmpty ? Border() : borders[xf.borderID]
            return ReadCellStyle(
                numberFormat: BuiltinNumberFormats.code(for: xf.numFmtID, custom: numFmts),
                bold: font.bold, italic: font.italic, fontName: font.name, fontSize: font.size,
                borderLeft: border.left, borderRight: border.right,
                borderTop: border.top, borderBottom: border.bottom,
                horizontalAlignment: xf.horizontal, verticalAlignment: xf.vertical,
                wrapText: xf.wrapText)
        }
    }

    private static func readFont(_ reader: XMLStreamReader) throws -> Font {
        var font = Font()
        try reader.forEachChild { name in
            let val = reader.attribute("val")
            switch name {
            // <b/> means bold; <b val="0"/> explicitly turns it off.
            case "b": font.bold = XMLValues.bool(val, default: true)
            case "i": font.italic = XMLValues.bool(val, default: true)
            case "sz": font.size = XMLValues.double(val)
            case "name": font.name = val
            default: break
            }
        }
        return font
    }

    private static func readBorder(_ reader: XMLStreamReader) throws -> Border {
        var border = Border()
        try reader.forEachChild { name in
            // A side element without `style` (or style="none") draws nothing.
            var style = reader.attribute("style")
            if style == "none" { style = nil }
            switch name {
            case "left", "start": border.left = style
            case "right", "end": border.right = style
            case "top": border.top = style
            case "bottom": border.bottom = style
            default: break
            }
        }
        return border
    }

    private static func readCellFormat(_ reader: XMLStreamReader) throws -> CellFormat {
        let attrs = reader.attributes()
        var xf = CellFormat(numFmtID: XMLValues.int(attrs["numFmtId"]) ?? 0,
                            fontID: XMLValues.int(attrs["fontId"]) ?? 0,
                            borderID: XMLValues.int(attrs["borderId"]) ?? 0)
        try reader.forEachChild { name in
            guard name == "alignment" else { return }
            let align = reader.attributes()
            xf.horizontal = align["horizontal"]
            xf.vertical = align["vertical"]
            xf.wrapText = XMLValues.bool(align["wrapText"], default: false)
        }
        return xf
    }
}
