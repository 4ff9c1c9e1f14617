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
