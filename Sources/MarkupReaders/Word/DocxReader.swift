import BudgetCore
import CLibXML2
import Foundation

/// A Word document (.docx) → StructuredDocument: word/document.xml from the zip, parsed by
/// libxml2 with network off and no entity substitution; a part carrying a DTD is refused
/// (WordprocessingML never has one, an entity bomb always does).
enum DocxReader {
    static let documentPart = "word/document.xml"
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    static func read(_ data: Data, fileName: String, limits: MarkupLimits) throws(MarkupReadError) -> StructuredDocument {
        _ = libxml2Initialized
        var package = try DocxPackage(data, fileName: fileName, limits: limits)
        guard let xml = try package.read(documentPart) else {
            throw MarkupReadError(fileName: fileName, "the zip has no \(documentPart): not a Word (.docx) document")
        }
        let bytes = [UInt8](xml)
        if let offset = declarationOffset(bytes) {
            throw MarkupReadError(fileName: fileName,
                "\(documentPart): byte \(offset): declares a DTD or entities (<!DOCTYPE/<!ENTITY); a Word document has none, refused as a possible entity bomb")
        }
        guard bytes.count < Int(Int32.max) else { throw MarkupReadError(fileName: fileName, "\(documentPart): too large to parse") }
        xmlResetLastError()
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), documentPart, nil, options)
                }
            }
        }
        guard let document = parsed else {
            throw MarkupReadError(fileName: fileName, "\(documentPart): " + lastXMLError())
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document),
              let body = root.elementChildren.first(where: { $0.xmlName == "body" }) else {
            throw MarkupReadError(fileName: fileName, "\(documentPart): no w:body element")
        }
        let (depth, line) = root.nestingDepth(stoppingAbove: limits.maxDepth)
        if depth > limits.maxDepth {
            throw MarkupReadError(fileName: fileName, "\(documentPart) line \(line): elements nested more than \(limits.maxDepth) deep")
        }
        var walker = DocxWalker(fileName: fileName, limits: limits)
        try walker.walk(body)
        return StructuredDocument(blocks: walker.output)
    }

    /// Where `<!DOCTYPE` or `<!ENTITY` first occurs.
    static func declarationOffset(_ bytes: [UInt8]) -> Int? {
        let keys = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        guard bytes.count >= 9 else { return nil }
        for index in 0...(bytes.count - 8) where bytes[index] == 0x3C && bytes[index + 1] == 0x21 {
            for key in keys where index + key.count <= bytes.count {
                let candidate = bytes[index..<(index + key.count)].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
                if candidate.elementsEqual(key) { return index }
            }
        }
        return nil
    }

    /// libxml2's last error on this thread, with its line.
    static func lastXMLError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "not well-formed XML" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return "line \(error.pointee.line): not well-formed XML (\(MarkupReadError.plain(libxml2: text)))"
    }
}
