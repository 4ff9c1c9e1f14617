/// Path arithmetic for OPC part names: relationship targets are relative to the
/// directory of the part that owns the .rels file, or absolute when they start with "/".
enum PartPaths {
    /// Directory of a part, "" for a part at the package root.
    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// The relationships part for `part`: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
    static func relationshipsPart(for part: String) -> String {
        let dir = directory(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return dir.isEmpty ? "_rels/\(name).rels" : "\(dir)/_rels/\(name).rels"
    }

    /// Resolves a relationship `target` against the part that owns the relationship.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var components: [Substring]
        let path: Substring
        if decoded.hasPrefix("/") {
            components = []
            path = decoded.dropFirst()
        } else {
            components = directory(of: sourcePart).split(separator: "/")
            path = Substring(decoded)
        }
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
