import CLibXML2
import Foundation

/// libxml2 wants `xmlInitParser()` once before readers run on several threads. A global
/// `let` is initialised lazily exactly once (swift_once), which makes this thread-safe.
private let libxml2Initialized: Bool = {
    xmlInitParser()
    return true
}()

/// Collects the first parse error libxml2 reports, so it can be thrown with a line number.
private final class XMLErrorSink {
    var message: String?
}

/// A thin, safe wrapper over libxml2's streaming `xmlTextReader`: one pass, no tree.
///
/// Safety settings for files from outside: network access is off (`XML_PARSE_NONET`),
/// entities are not substituted (no `XML_PARSE_NOENT`), no DTD is loaded or validated,
/// and a document that carries a DTD at all is rejected (OOXML parts never have one).
/// Element and attribute names are compared by local name so namespace prefixes don't matter.
final class XMLStreamReader {
    let part: String
    private let reader: OpaquePointer
    private let errors: XMLErrorSink

    // Node types from libxml2's xmlReaderTypes.
    private static let typeElement = Int32(XML_READER_TYPE_ELEMENT.rawValue)
    private static let typeText = Int32(XML_READER_TYPE_TEXT.rawValue)
    private static let typeCDATA = Int32(XML_READER_TYPE_CDATA.rawValue)
    private static let typeDocumentType = Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue)
    private static let typeWhitespace = Int32(XML_READER_TYPE_WHITESPACE.rawValue)
    private static let typeSignificantWhitespace = Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue)
    private static let typeEndElement = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)

    private static let parseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    private init(reader: OpaquePointer, part: String, errors: XMLErrorSink) {
        self.reader = reader
        self.part = part
        self.errors = errors
    }

    /// Runs `body` with a reader over `data`. The reader borrows `data`'s bytes, so it
    /// must not escape `body`.
    static func parse<T>(_ data: Data, part: String, _ body: (XMLStreamReader) throws -> T) throws -> T {
        _ = libxml2Initialized
        guard !data.isEmpty else { throw XlsxReadError(part: part, "part is empty") }
        guard data.count <= Int(Int32.max) else { throw XlsxReadError(part: part, "part too large for the XML parser") }
        return try data.withUnsafeBytes { raw -> T in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                  let handle = xmlReaderForMemory(base, Int32(raw.count), part, nil, parseOptions) else {
                throw XlsxReadError(part: part, "cannot create XML reader")
            }
            defer { xmlFreeTextReader(handle) }
            let sink = XMLErrorSink()
            // The sink outlives the handle: it is released only after `defer` frees the reader.
            let context = Unmanaged.passUnretained(sink).toOpaque()
            xmlTextReaderSetStructuredErrorHandler(handle, { userData, error in
                guard let userData, let error else { return }
                let sink = Unmanaged<XMLErrorSink>.fromOpaque(userData).takeUnretainedValue()
                guard sink.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                let text = error.pointee.message.map { String(cString: $0) } ?? "XML error"
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                sink.message = error.pointee.line > 0 ? "line \(error.pointee.line): \(trimmed)" : trimmed
            }, context)
            let reader = XMLStreamReader(reader: handle, part: part, errors: sink)
            return try withExtendedLifetime(sink) { try body(reader) }
        }
    }

    // MARK: Moving

    /// Advances to the next node; false at the end of the document.
    func next() throws -> Bool {
        let status = xmlTextReaderRead(reader)
        if status == 1 {
            if nodeType == Self.typeDocumentType {
                throw XlsxReadError(part: part, "DTDs are not allowed in OOXML parts")
            }
            return true
        }
        if status == 0, errors.message == nil { return false }
        throw XlsxReadError(part: part, "malformed XML: \(errors.message ?? "parse error")")
    }

    /// Moves to the root element and returns its local name.
    func moveToRoot() throws -> String {
        while try next() {
            if isStartElement { return localName }
        }
        throw XlsxReadError(part: part, "no root element")
    }

    /// Calls `body` for each direct child element of the element the reader is on, then
    /// leaves the reader on that element's end. `body` may consume the child or not.
    func forEachChild(_ body: (String) throws -> Void) throws {
        guard isStartElement, !isEmptyElement else { return }
        let parentDepth = depth
        while try next() {
            let type = nodeType
            if type == Self.typeEndElement, depth == parentDepth { return }
            if type == Self.typeElement, depth == parentDepth + 1 {
                try body(localName)
            }
        }
        throw XlsxReadError(part: part, "unexpected end of document")
    }

    /// Concatenated text of the current element and its descendants; consumes the element.
    func readText() throws -> String {
        guard isStartElement, !isEmptyElement else { return "" }
        let startDepth = depth
        var text = ""
        while try next() {
            switch nodeType {
            case Self.typeText, Self.typeCDATA, Self.typeWhitespace, Self.typeSignificantWhitespace:
                text += value
            case Self.typeEndElement where depth == startDepth:
                return text
            default:
                break
            }
        }
        throw XlsxReadError(part: part, "unexpected end of document")
    }

    /// Consumes the current element and everything inside it.
    func skipElement() throws {
        try forEachChild { _ in }
    }

    // MARK: Current node

    var nodeType: Int32 { xmlTextReaderNodeType(reader) }
    var isStartElement: Bool { nodeType == Self.typeElement }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// Local name (no prefix) of the current node.
    var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    private var value: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// All attributes of the current element by local name (namespace declarations left out).
    func attributes() -> [String: String] {
        var result: [String: String] = [:]
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return result }
        repeat {
            if xmlTextReaderIsNamespaceDecl(reader) != 1 {
                result[localName] = value
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// One attribute of the current element by local name.
    func attribute(_ name: String) -> String? {
        attributes()[name]
    }
}
