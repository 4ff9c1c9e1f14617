import CLibXML2
import Foundation

/// libxml2 wants `xmlInitParser()` once before readers run on several threads; a global
/// `let` runs it exactly once.
private let libxml2Initialized: Bool = {
    xmlInitParser()
    return true
}()

/// Collects the first error libxml2 reports, so it can be thrown with its line.
private final class ErrorSink {
    var message: String?
}

/// Streams the XML mutool writes with libxml2's `xmlTextReader`: one pass, no tree. The
/// output comes from an untrusted PDF, so network access is off, entities are not
/// substituted and a document carrying a DTD is rejected.
final class ToolXMLReader {
    private let reader: OpaquePointer
    private let errors: ErrorSink
    /// Set by `skipElement`, which already stands on the node after the skipped one.
    private var alreadyAdvanced: Int32?

    static let typeElement = Int32(XML_READER_TYPE_ELEMENT.rawValue)
    static let typeEndElement = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)
    private static let typeDocumentType = Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue)
    private static let parseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)

    private init(reader: OpaquePointer, errors: ErrorSink) {
        self.reader = reader
        self.errors = errors
    }

    struct Failure: Error {
        var message: String
    }

    /// Runs `body` with a reader over `bytes`; the reader must not escape `body`.
    static func parse<T>(_ bytes: [UInt8], _ body: (ToolXMLReader) throws -> T) throws -> T {
        _ = libxml2Initialized
        guard !bytes.isEmpty else { throw Failure(message: "the tool wrote nothing") }
        guard bytes.count <= Int(Int32.max) else { throw Failure(message: "the tool's output is too large") }
        return try bytes.withUnsafeBufferPointer { buffer -> T in
            guard let base = buffer.baseAddress,
                  let handle = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      xmlReaderForMemory($0, Int32(buffer.count), "mutool.xml", nil, parseOptions)
                  }) else {
                throw Failure(message: "cannot create an XML reader")
            }
            defer { xmlFreeTextReader(handle) }
            let sink = ErrorSink()
            let context = Unmanaged.passUnretained(sink).toOpaque()
            xmlTextReaderSetStructuredErrorHandler(handle, { userData, error in
                guard let userData, let error else { return }
                let sink = Unmanaged<ErrorSink>.fromOpaque(userData).takeUnretainedValue()
                guard sink.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                let text = error.pointee.message.map { String(cString: $0) } ?? "XML error"
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                sink.message = error.pointee.line > 0 ? "line \(error.pointee.line): \(trimmed)" : trimmed
            }, context)
            let reader = ToolXMLReader(reader: handle, errors: sink)
            return try withExtendedLifetime(sink) { try body(reader) }
        }
    }

    /// Advances to the next node; false at the end of the document.
    func next() throws -> Bool {
        let status: Int32
        if let pending = alreadyAdvanced {
            alreadyAdvanced = nil
            status = pending
        } else {
            status = xmlTextReaderRead(reader)
        }
        if status == 1 {
            if nodeType == Self.typeDocumentType { throw Failure(message: "the tool's XML carries a DTD") }
            return true
        }
        if status == 0, errors.message == nil { return false }
        throw Failure(message: "malformed XML from the tool: \(errors.message ?? "parse error")")
    }

    /// Passes over the current element and all inside it (text runs in the trace: thousands
    /// of glyph elements nobody needs); the next `next()` lands on what follows.
    func skipElement() {
        alreadyAdvanced = xmlTextReaderNext(reader)
    }

    var nodeType: Int32 { xmlTextReaderNodeType(reader) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// One attribute of the current element.
    func attribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) }
    }

    func number(_ name: String) -> Double? {
        attribute(name).flatMap(Double.init)
    }

    /// Whether the current node's local name is `name`, compared without making a String
    /// (the stext output has one element per character).
    func localNameIs(_ name: StaticString) -> Bool {
        guard let current = xmlTextReaderConstLocalName(reader) else { return false }
        return name.withUTF8Buffer { expected in
            // The C string ends at its NUL, so the loop never reads past it.
            for (index, byte) in expected.enumerated() where current[index] != byte { return false }
            return current[expected.count] == 0
        }
    }

    /// A list of numbers separated by spaces or commas (`quad`, `transform`, `color`),
    /// parsed straight from libxml2's buffer.
    func numbers(_ name: String) -> [Double] {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return [] }
        defer { xmlTextReaderMoveToElement(reader) }
        guard let value = xmlTextReaderConstValue(reader) else { return [] }
        return value.withMemoryRebound(to: CChar.self, capacity: 1) { start in
            var result: [Double] = []
            var cursor = UnsafeMutablePointer(mutating: start)
            while cursor.pointee != 0 {
                if cursor.pointee == 0x20 || cursor.pointee == 0x2C {
                    cursor += 1
                    continue
                }
                var end: UnsafeMutablePointer<CChar>?
                let number = strtod(cursor, &end)
                guard let end, end != cursor else { break }
                result.append(number)
                cursor = end
            }
            return result
        }
    }
}
