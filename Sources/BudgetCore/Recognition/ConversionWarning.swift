/// Something the converter had to guess or could not keep as the template wants. The line
/// lets a clerk find it in the export.
public struct ConversionWarning: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    /// Line 0: a warning about the whole document (or a PDF page, which the message names).
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
