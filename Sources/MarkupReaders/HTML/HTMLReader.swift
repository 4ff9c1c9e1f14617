import BudgetCore
import CLibXML2
import Foundation

/// An HTML page → StructuredDocument, through libxml2's HTML parser with network and entity
/// loading off, the page's text handed over as UTF-8 (decoded here from its declared charset).
enum HTMLReader {
    private static let options = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)

    static func read(_ data: Data, fileName: String, limits: MarkupLimits) throws(MarkupReadError) -> StructuredDocument {
        _ = libxml2Initialized
        let text = try HTMLCharset.decode([UInt8](data), fileName: fileName)
        var utf8 = Array(text.utf8)
        if let offset = entityDeclarationOffset(utf8) {
            throw MarkupReadError(fileName: fileName,
                "byte \(offset) of the decoded page: declares an entity (<!ENTITY); no HTML page needs one, refused as a possible entity bomb")
        }
        guard utf8.count < Int(Int32.max) else { throw MarkupReadError(fileName: fileName, "the page is too large to parse") }
        utf8.append(0)
        xmlResetLastError()
        let parsed: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count - 1), fileName, "UTF-8", options)
                }
            }
        }
        guard let document = parsed else {
            throw MarkupReadError(fileName: fileName, "libxml2 could not parse the page as HTML")
        }
        defer { xmlFreeDoc(document) }
        // Malformed markup gives recoverable errors, read past as browsers do; a fatal one
        // (nesting beyond libxml2's 256 levels) stops the parser with the page half read.
        if let error = xmlGetLastError(), error.pointee.level == XML_ERR_FATAL {
            let message = error.pointee.message.map { String(cString: $0) } ?? "fatal error"
            throw MarkupReadError(fileName: fileName,
                "line \(error.pointee.line): the HTML parser stopped: \(MarkupReadError.plain(libxml2: message))")
        }
        guard let root = xmlDocGetRootElement(document) else {
            throw MarkupReadError(fileName: fileName, "the page has no elements")
        }
        let (depth, line) = root.nestingDepth(stoppingAbove: limits.maxDepth)
        if depth > limits.maxDepth {
            throw MarkupReadError(fileName: fileName, "line \(line): elements nested more than \(limits.maxDepth) deep")
        }
        var walker = HTMLWalker(fileName: fileName, limits: limits)
        try walker.walk(root)
        return StructuredDocument(blocks: walker.finish())
    }

    /// Where `<!ENTITY` first occurs, case-insensitively.
    static func entityDeclarationOffset(_ bytes: [UInt8]) -> Int? {
        let key = Array("<!entity".utf8)
        guard bytes.count >= key.count else { return nil }
        for index in 0...(bytes.count - key.count) where bytes[index] == 0x3C && bytes[index + 1] == 0x21 {
            let candidate = bytes[index..<(index + key.count)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            if candidate.elementsEqual(key) { return index }
        }
        return nil
    }
}
