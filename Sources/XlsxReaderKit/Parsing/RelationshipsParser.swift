import Foundation

/// One `<Relationship>` of a .rels part.
struct Relationship: Equatable {
    var id: String
    var type: String
    var target: String
    var isExternal: Bool

    /// Relationship types differ between transitional and strict OOXML only in their
    /// prefix, so they are matched by their last path segment ("officeDocument", "styles").
    func hasType(_ suffix: String) -> Bool {
        type.hasSuffix("/" + suffix)
    }
}

/// Reads a `_rels/*.rels` part.
enum RelationshipsParser {
    static func parse(_ data: Data, part: String) throws -> [Relationship] {
        try XMLStreamReader.parse(data, part: part) { reader in
            let root = try reader.moveToRoot()
            guard root == "Relationships" else {
                throw XlsxReadError(part: part, "root element is <\(root)>, expected <Relationships>")
            }
            var result: [Relationship] = []
            try reader.forEachChild { name in
                guard name == "Relationship" else { return }
                let attrs = reader.attributes()
                guard let id = attrs["Id"], let target = attrs["Target"] else {
                    throw XlsxReadError(part: part, "<Relationship> without Id or Target")
                }
                result.append(Relationship(id: id, type: attrs["Type"] ?? "", target: target,
                                           isExternal: attrs["TargetMode"] == "External"))
            }
            return result
        }
    }
}
