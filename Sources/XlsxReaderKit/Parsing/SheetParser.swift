import Foundation
import SpreadsheetModel

/// Reads one worksheet part into a `ReadSheet` (Print_Titles come from the workbook and
/// are filled in by `WorkbookReader`).
struct SheetParser {
    let part: String
    let sharedStrings: [String]
    let styles: [ReadCellStyle]

    func parse(_ data: Data, name: String) throws -> ReadSheet {
        var sheet = ReadSheet(name: name)
        var cells: [CellAddress: ReadCell] = [:]
        try XMLStreamReader.parse(data, part: part) { reader in
            let root = try reader.moveToRoot()
            guard root == "worksheet" || root == "chartsheet" || root == "dialogsheet" else {
                throw XlsxReadError(part: part, "root element is <\(root)>, expected <worksheet>")
            }
            // Dispatch on the worksheet's direct children only, so look-alike elements
            // elsewhere (e.g. <pane> inside <customSheetViews>) are never picked up.
            try reader.forEachChild { section in
                switch section {
                case "sheetPr":
                    try reader.forEachChild { name in
                        if name == "pageSetUpPr" {
                            sheet.printSetup.fitToPage = XMLValues.bool(reader.attribute("fitToPage"), default: false)
                        }
                    }
                case "sheetViews":
                    try readSheetViews(reader, into: &sheet)
                case "cols":
                    try readColumns(reader, into: &sheet)
                case "sheetData":
                    try readSheetData(reader, into: &cells, rowHeights: &sheet.rowHeights)
                case "mergeCells":
                    try reader.forEachChild { name in
                        guard name == "mergeCell" else { return }
                        let ref = reader.attribute("ref") ?? ""
                        guard let range = GridRange(ref) else {
                            throw XlsxReadError(part: part, "bad merge range \"\(ref)\"")
                        }
                        sheet.merges.append(range)
                    }
                case "printOptions":
                    sheet.printSetup.horizontalCentered =
                        XMLValues.bool(reader.attribute("horizontalCentered"), default: false)
                case "pageSetup":
                    let attrs = reader.attributes()
                    sheet.printSetup.landscape = attrs["orientation"] == "landscape"
                    sheet.printSetup.paperSize = XMLValues.int(attrs["paperSize"])
                    sheet.printSetup.fitToWidth = XMLValues.int(attrs["fitToWidth"])
                    sheet.printSetup.fitToHeight = XMLValues.int(attrs["fitToHeight"])
                case "headerFooter":
                    try reader.forEachChild { name in
                        switch name {
                        case "oddHeader": sheet.printSetup.header = try reader.readText()
                        case "oddFooter": sheet.printSetup.footer = try reader.readText()
                        default: break
                        }
                    }
                default:
                    break
                }
            }
        }
        // fitToWidth/Height default to 1 in OOXML; writers omit them when they are 1.
        if sheet.printSetup.fitToPage {
            sheet.printSetup.fitToWidth = sheet.printSetup.fitToWidth ?? 1
            sheet.printSetup.fitToHeight = sheet.printSetup.fitToHeight ?? 1
        }
        sheet.cells = cells
        return sheet
    }

    private func readSheetViews(_ reader: XMLStreamReader, into sheet: inout ReadSheet) throws {
        var sawView = false
        try reader.forEachChild { name in
            // Only the first view counts; later ones belong to other windows.
            guard name == "sheetView", !sawView else { return }
            sawView = true
            try reader.forEachChild { child in
                guard child == "pane" else { return }
                let attrs = reader.attributes()
                // Split (unfrozen) panes measure in twips, not rows: only frozen panes count.
                guard attrs["state"] == "frozen" || attrs["state"] == "frozenSplit" else { return }
                sheet.frozenRows = max(0, XMLValues.int(attrs["ySplit"]) ?? 0)
                sheet.frozenColumns = max(0, XMLValues.int(attrs["xSplit"]) ?? 0)
            }
        }
    }

    private func readColumns(_ reader: XMLStreamReader, into sheet: inout ReadSheet) throws {
        try reader.forEachChild { name in
            guard name == "col" else { return }
            let attrs = reader.attributes()
            guard let first = XMLValues.int(attrs["min"]), let last = XMLValues.int(attrs["max"]),
                  first >= 1, first <= last else {
                throw XlsxReadError(part: part, "<col> with bad min/max")
            }
            guard let width = XMLValues.double(attrs["width"]) else { return }
            // Clamp to the grid so min="1" max="99999999" cannot blow up the dictionary.
            for column in (first - 1)...(min(last, CellAddress.maxColumns) - 1) where column >= 0 {
                sheet.columnWidths[column] = width
            }
        }
    }

    private func readSheetData(_ reader: XMLStreamReader, into cells: inout [CellAddress: ReadCell],
                               rowHeights: inout [Int: Double]) throws {
        var rowIndex = -1
        try reader.forEachChild { name in
            guard name == "row" else { return }
            let attrs = reader.attributes()
            // `r` is optional: a row without it follows the previous one.
            if let r = attrs["r"] {
                guard let number = XMLValues.int(r), (1...CellAddress.maxRows).contains(number) else {
                    throw XlsxReadError(part: part, "bad row number \"\(r)\"")
                }
                rowIndex = number - 1
            } else {
                rowIndex += 1
            }
            if let height = XMLValues.double(attrs["ht"]) { rowHeights[rowIndex] = height }
            var columnIndex = -1
            try reader.forEachChild { child in
                guard child == "c" else { return }
                let cell = try readCell(reader, row: rowIndex, previousColumn: columnIndex)
                columnIndex = cell.address.column
                cells[cell.address] = cell
            }
        }
    }

    private func readCell(_ reader: XMLStreamReader, row: Int, previousColumn: Int) throws -> ReadCell {
        let attrs = reader.attributes()
        let address: CellAddress
        if let ref = attrs["r"] {
            guard let parsed = CellAddress(ref) else { throw XlsxReadError(part: part, "bad cell reference \"\(ref)\"") }
            address = parsed
        } else {
            address = CellAddress(row: row, column: previousColumn + 1)
        }
        let styleIndex = XMLValues.int(attrs["s"]) ?? 0
        let style: ReadCellStyle
        if styles.indices.contains(styleIndex) {
            style = styles[styleIndex]
        } else if styleIndex == 0 {
            style = ReadCellStyle()  // no styles.xml: everything is the default style
        } else {
            throw XlsxReadError(part: part, "cell \(address.a1) uses style \(styleIndex), only \(styles.count) defined")
        }

        var value: String?
        var formula: String?
        var inline: String?
        try reader.forEachChild { name in
            switch name {
            case "v": value = try reader.readText()
            case "f": formula = try reader.readText()
            case "is": inline = try StringItemReader.read(reader)
            default: break
            }
        }

        let type = attrs["t"] ?? "n"
        let kind: ReadCellKind
        let text: String
        switch type {
        case "s":
            kind = .string
            if let value {
                guard let index = Int(value.trimmingSpaces()), sharedStrings.indices.contains(index) else {
                    throw XlsxReadError(part: part, "cell \(address.a1) refers to shared string \(value), table has \(sharedStrings.count)")
                }
                text = sharedStrings[index]
            } else {
                text = ""
            }
        case "inlineStr":
            kind = .string
            text = inline ?? value ?? ""
        case "str":
            kind = .string  // a formula's string result; becomes .formula below
            text = ExcelEscapes.decode(value ?? "")
        case "b":
            kind = .boolean
            text = value ?? ""
        case "e":
            kind = .error
            text = value ?? ""
        case "n":
            // No <v>: a blank cell kept for its style.
            kind = value == nil ? .string : .number
            text = value ?? ""
        case "d":
            kind = .string  // ISO 8601 date text; libxlsxwriter never writes these
            text = value ?? ""
        default:
            throw XlsxReadError(part: part, "cell \(address.a1) has unknown type t=\"\(type)\"")
        }
        if let formula {
            return ReadCell(address: address, kind: .formula, text: text, formula: formula, style: style)
        }
        return ReadCell(address: address, kind: kind, text: text, formula: nil, style: style)
    }
}
