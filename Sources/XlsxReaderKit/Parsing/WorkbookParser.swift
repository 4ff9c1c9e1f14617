import Foundation

/// What `xl/workbook.xml` says: the sheets in order and the defined names.
struct WorkbookInfo {
    struct SheetEntry {
        var name: String
        var relationshipID: String
    }
    struct DefinedName {
        var name: String
        /// 0-based index into `sheets` when the name is local to one sheet.
        var localSheetID: Int?
        var value: String
    }
    var sheets: [SheetEntry] = []
    var definedNames: [DefinedName] = []
}

enum WorkbookParser {
    static func parse(_ data: Data, part: String) throws -> WorkbookInfo {
        try XMLStreamReader.parse(data, part: part) { reader in
            let root = try reader.moveToRoot()
            guard root == "workbook" else {
                throw XlsxReadError(part: part, "root element is <\(root)>, expected <workbook>")
            }
            var info = WorkbookInfo()
            try reader.forEachChild { section in
                switch section {
                case "sheets":
                    try reader.forEachChild { name in
                        guard name == "sheet" else { return }
                        let attrs = reader.attributes()
                        // `r:id` is read by local name; the prefix varies between writers.
                        guard let sheetName = attrs["name"], let rid = attrs["id"] else {
                            throw XlsxReadError(part: part, "<sheet> without name or r:id")
                        }
                        info.sheets.append(.init(name: sheetName, relationshipID: rid))
                    }
                case "definedNames":
                    try reader.forEachChild { name in
                        guard name == "definedName" else { return }
                        let attrs = reader.attributes()
                        let value = try reader.readText()
                        guard let definedName = attrs["name"] else { return }
                        info.definedNames.append(.init(name: definedName,
                                                       localSheetID: XMLValues.int(attrs["localSheetId"]),
                                                       value: value))
                    }
                default:
                    break
                }
            }
            return info
        }
    }
}
