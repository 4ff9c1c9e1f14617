import Foundation

/// Walks the package the way Excel does: `_rels/.rels` -> workbook part -> its .rels ->
/// styles, shared strings and each sheet part (never assuming `sheetN.xml` names).
struct WorkbookReader {
    let zip: ZipPartReader

    private static let defaultWorkbookPart = "xl/workbook.xml"

    func read() throws -> ReadWorkbook {
        let packageRels = try relationships(of: "")
        let workbookPart = packageRels.first { $0.hasType("officeDocument") && !$0.isExternal }
            .map { PartPaths.resolve($0.target, from: "") } ?? Self.defaultWorkbookPart
        guard let workbookData = try zip.read(workbookPart) else {
            throw XlsxReadError(part: workbookPart, "missing (no workbook in this package)")
        }
        let info = try WorkbookParser.parse(workbookData, part: workbookPart)
        let workbookRels = try relationships(of: workbookPart)
        guard !workbookRels.isEmpty || info.sheets.isEmpty else {
            throw XlsxReadError(part: PartPaths.relationshipsPart(for: workbookPart), "missing or empty")
        }

        func target(ofType type: String) -> String? {
            workbookRels.first { $0.hasType(type) && !$0.isExternal }
                .map { PartPaths.resolve($0.target, from: workbookPart) }
        }

        var styles: [ReadCellStyle] = []
        if let part = target(ofType: "styles"), let data = try zip.read(part) {
            styles = try StylesParser.parse(data, part: part)
        }
        var sharedStrings: [String] = []
        if let part = target(ofType: "sharedStrings"), let data = try zip.read(part) {
            sharedStrings = try SharedStringsParser.parse(data, part: part)
        }

        var sheets: [ReadSheet] = []
        for (index, entry) in info.sheets.enumerated() {
            guard let rel = workbookRels.first(where: { $0.id == entry.relationshipID }) else {
                throw XlsxReadError(part: workbookPart, "sheet \"\(entry.name)\" refers to relationship \(entry.relationshipID), which does not exist")
            }
            let part = PartPaths.resolve(rel.target, from: workbookPart)
            guard let data = try zip.read(part) else {
                throw XlsxReadError(part: part, "missing (sheet \"\(entry.name)\")")
            }
            let parser = SheetParser(part: part, sharedStrings: sharedStrings, styles: styles)
            var sheet = try parser.parse(data, name: entry.name)
            sheet.printSetup.repeatRows = repeatRows(for: index, name: entry.name, in: info)
            sheets.append(sheet)
        }

        return ReadWorkbook(sheets: sheets,
                            coreProperties: try properties(packageRels, type: "core-properties",
                                                           fallback: "docProps/core.xml",
                                                           parse: PropertiesParser.parseCore),
                            customProperties: try properties(packageRels, type: "custom-properties",
                                                             fallback: "docProps/custom.xml",
                                                             parse: PropertiesParser.parseCustom))
    }

    /// Relationships of `part` ("" = the package itself); empty when it has no .rels part.
    private func relationships(of part: String) throws -> [Relationship] {
        let relsPart = part.isEmpty ? "_rels/.rels" : PartPaths.relationshipsPart(for: part)
        guard let data = try zip.read(relsPart) else { return [] }
        return try RelationshipsParser.parse(data, part: relsPart)
    }

    /// Print_Titles are stored per sheet with `localSheetId`; fall back to the sheet name
    /// in the reference when a writer left the id out.
    private func repeatRows(for index: Int, name: String, in info: WorkbookInfo) -> ClosedRange<Int>? {
        let titles = info.definedNames.filter { $0.name.caseInsensitiveCompare(PrintTitles.definedName) == .orderedSame }
        if let local = titles.first(where: { $0.localSheetID == index }) {
            return PrintTitles.repeatRows(in: local.value)
        }
        let global = titles.first { title in
            title.localSheetID == nil && PrintTitles.areas(in: title.value).contains { $0.sheetName == name }
        }
        return global.flatMap { PrintTitles.repeatRows(in: $0.value) }
    }

    private func properties(_ packageRels: [Relationship], type: String, fallback: String,
                            parse: (Data, String) throws -> [String: String]) throws -> [String: String] {
        let part = packageRels.first { $0.hasType(type) && !$0.isExternal }
            .map { PartPaths.resolve($0.target, from: "") } ?? fallback
        guard let data = try zip.read(part) else { return [:] }
        return try parse(data, part)
    }
}
