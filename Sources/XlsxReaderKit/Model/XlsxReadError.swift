/// Every failure caused by the input file surfaces as this one error type, so callers
/// (tests, the `verify` command) can print it without knowing the reader's internals.
public struct XlsxReadError: Error, CustomStringConvertible, Sendable {
    /// Names the file and/or part and what went wrong, e.g.
    /// `/tmp/a.xlsx: xl/worksheets/sheet1.xml: line 3: Opening and ending tag mismatch`.
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    /// An error located in one part (zip member) of the package.
    init(part: String, _ message: String) {
        self.description = "\(part): \(message)"
    }
}
