

/// A workbook that could not be written. Every libxlsxwriter error code ends up here, with
/// the call that returned it and where in the workbook it happened.
public struct XlsxWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// libxlsxwriter returned a non-zero `lxw_error`.
        case library(call: String, code: Int, message: String)
        /// Checked before any C call (things libxlsxwriter would accept and then corrupt).
        case invalidLayout(String)
        /// The output file could not be created or moved into place.
        case file(String)
    }

    public var reason: Reason
    /// Sheet and cell, when the error belongs to one.
    public var location: String?

    public init(_ reason: Reason, location: String? = nil) {
        self.reason = reason
        self.location = location
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        switch reason {
        case .library(let call, let code, let message):
            return "\(prefix)\(call) failed: \(message) (lxw_error \(code))"
        case .invalidLayout(let message), .file(let message):
            return prefix + message
        }
    }
}
