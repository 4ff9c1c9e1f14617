/// Why an HTML page or Word document could not be read: the file, where (line, part or
/// offset when known) and what is wrong.
public struct MarkupReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var fileName: String
    public var message: String

    public init(fileName: String, _ message: String) {
        self.fileName = fileName
        self.message = message
    }

    public var description: String { "\(fileName): \(message)" }
}

extension MarkupReadError {
    /// libxml2's message in words a clerk can act on: its depth limit names a parser option
    /// ("use XML_PARSE_HUGE option") that means nothing outside the code.
    static func plain(libxml2 message: String) -> String {
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("Excessive depth in document") {
            return "elements nested more than 256 deep, refused as hostile or broken markup"
        }
        return text
    }
}
