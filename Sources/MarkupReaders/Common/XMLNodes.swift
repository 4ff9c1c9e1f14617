import CLibXML2

/// libxml2 wants `xmlInitParser()` once before parsers run on several threads; a global `let`
/// is initialised exactly once.
let libxml2Initialized: Bool = {
    xmlInitParser()
    return true
}()

/// Read-only views of libxml2 tree nodes: names, attributes and text without allocating in C.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's local name, lower-cased (HTML names are case-insensitive).
    var localName: String {
        guard let name = pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The namespace prefix-free name as written (XML names are case-sensitive).
    var xmlName: String {
        guard let name = pointee.name else { return "" }
        return String(cString: name)
    }

    var namespaceURI: String? {
        guard let ns = pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    var textContent: String {
        guard let content = pointee.content else { return "" }
        return String(cString: content)
    }

    var line: Int { Int(xmlGetLineNo(self)) }

    var children: [UnsafeMutablePointer<xmlNode>] {
        var result: [UnsafeMutablePointer<xmlNode>] = []
        var child = pointee.children
        while let node = child {
            result.append(node)
            child = node.pointee.next
        }
        return result
    }

    var elementChildren: [UnsafeMutablePointer<xmlNode>] { children.filter(\.isElement) }

    /// An attribute's value by local name (any namespace), nil when absent.
    func attribute(_ name: String) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, String(cString: attributeName).lowercased() == name {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The deepest element nesting below this node, counted without recursion (a hostile
    /// page can nest far deeper than the stack allows), stopping once `limit` is passed.
    func nestingDepth(stoppingAbove limit: Int) -> (depth: Int, line: Int) {
        var deepest = 0
        var deepestLine = 0
        var depth = 0
        var node: UnsafeMutablePointer<xmlNode>? = self
        while let current = node {
            if depth > deepest {
                deepest = depth
                deepestLine = current.line
                if deepest > limit { return (deepest, deepestLine) }
            }
            if let child = current.pointee.children, current.isElement {
                node = child
                depth += 1
                continue
            }
            var climb: UnsafeMutablePointer<xmlNode>? = current
            node = nil
            while let up = climb, up != self {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climb = up.pointee.parent
                depth -= 1
            }
        }
        return (deepest, deepestLine)
    }
}
