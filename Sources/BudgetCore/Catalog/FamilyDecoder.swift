/// A family file (JSON, schema in docs/catalog.md) → `TemplateFamily`. Every error names the
/// file and the field, so a user's broken file is easy to fix.
public enum FamilyDecoder {
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var source: String
        public var message: String
        public var description: String { "\(source): \(message)" }
    }

    public static func decode(_ text: String, source: String) throws(Failure) -> TemplateFamily {
        let root: JSONValue
        do {
            root = try JSONValue.parse(text)
        } catch {
            throw Failure(source: source, message: error.description)
        }
        func fail(_ message: String) -> Failure { Failure(source: source, message: message) }
        guard let name = root["name"]?.string, !name.isEmpty else { throw fail("`name` (a non-empty string) is missing") }
        guard let tableValues = root["tables"]?.array else { throw fail("`tables` (an array) is missing") }
        var tables: [TemplateEntry] = []
        for (index, value) in tableValues.enumerated() {
            let place = "tables[\(index)]"
            guard let kindName = value["kind"]?.string else { throw fail("\(place).kind is missing") }
            guard let kind = TableKind(rawValue: kindName) else {
                throw fail("\(place).kind '\(kindName)' is not one of \(TableKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let keys = value["titleKeys"]?.strings, !keys.isEmpty else { throw fail("\(place).titleKeys is missing") }
            guard let sheetName = value["sheetName"]?.string, !sheetName.isEmpty else { throw fail("\(place).sheetName is missing") }
            var entry = TemplateEntry(kind: kind, titleKeys: keys, sheetName: sheetName)
            entry.labelLines = value["labelLines"]?.strings ?? []
            if let header = value["header"] {
                entry.headerRows = header["rows"]?.int
                if let spans = header["topSpans"]?.array {
                    let ints = spans.compactMap(\.int)
                    guard ints.count == spans.count, ints.allSatisfy({ $0 >= 1 }) else {
                        throw fail("\(place).header.topSpans must hold positive integers")
                    }
                    entry.topSpans = ints
                }
                if let covers = header["covers"]?.array {
                    var levels: [[Int]] = []
                    for level in covers {
                        let ints = level.array?.compactMap(\.int) ?? []
                        guard ints.count == level.array?.count, ints.allSatisfy({ $0 >= 1 }) else {
                            throw fail("\(place).header.covers must be arrays of positive integers")
                        }
                        levels.append(ints)
                    }
                    entry.coverCounts = levels
                }
            }
            if let columns = value["columns"]?.array {
                var meanings: [CatalogColumn] = []
                for column in columns {
                    guard let text = column.string, let meaning = CatalogColumn(text) else {
                        throw fail("\(place).columns: '\(column.string ?? "?")' is not serial, code, code:类, code:款, code:项, name, amount, percent or text")
                    }
                    meanings.append(meaning)
                }
                entry.columns = meanings
            }
            entry.mergeDownColumns = value["mergeDownColumns"]?.array?.compactMap(\.int) ?? []
            entry.identities = value["identities"]?.strings ?? []
            entry.keyFigures = value["keyFigures"]?.strings ?? []
            for item in entry.keyFigures {
                if case .invalid(let message) = KeyFigureDeclaration.parse(item) { throw fail("\(place).keyFigures: \(message)") }
            }
            tables.append(entry)
        }
        let amountFormat = root["amountFormat"]?.string
        return TemplateFamily(
            name: name, description: root["description"]?.string ?? "",
            amountFormat: amountFormat == "asPrinted" ? nil : (amountFormat ?? nil),
            isDefault: root["default"]?.bool ?? false,
            headerSignatures: root["headerSignatures"]?.strings ?? [],
            tables: tables)
    }
}
