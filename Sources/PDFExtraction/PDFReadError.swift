/// Why a PDF could not be read, naming the file and, where one is to blame, the page.
public struct PDFReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case toolMissing, toolFailed, toolTimedOut
        case encrypted, damaged, noTextLayer, tooLarge, malformedOutput
    }

    public var kind: Kind
    public var file: String
    public var page: Int?
    public var message: String

    public init(_ kind: Kind, file: String, page: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.page = page
        self.message = message
    }

    public var description: String {
        if let page { return "\(file): page \(page): \(message)" }
        return "\(file): \(message)"
    }
}
