import Foundation

/// Reads document properties: `docProps/core.xml` (Dublin Core / OPC core) and
/// `docProps/custom.xml` (user-defined name/value pairs).
enum PropertiesParser {
    /// Local element name -> text, e.g. "title", "creator", "keywords", "created".
    static func parseCore(_ data: Data, part: String) throws -> [String: String] {
        try XMLStreamReader.parse(data, part: part) { reader in
            _ = try reader.moveToRoot()
            var result: [String: String] = [:]
            try reader.forEachChild { name in
                result[name] = try reader.readText()
            }
            return result
        }
    }

    /// Property name -> text of its typed value element (`<vt:lpwstr>`, `<vt:i4>`, ...).
    static func parseCustom(_ data: Data, part: String) throws -> [String: String] {
        try XMLStreamReader.parse(data, part: part) { reader in
            _ = try reader.moveToRoot()
            var result: [String: String] = [:]
            try reader.forEachChild { name in
                guard name == "property", let propertyName = reader.attribute("name") else { return }
                var value = ""
                try reader.forEachChild { _ in value = try reader.readText() }
                result[propertyName] = value
            }
            return result
        }
    }
}
