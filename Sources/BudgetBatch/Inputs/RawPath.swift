import BudgetCore

/// A file path as the file system holds it: bytes, which on a folder unpacked from Windows are
/// often GBK rather than UTF-8. `readable` is what reports and output names use.
public struct RawPath: Sendable, Hashable, CustomStringConvertible {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ path: String) { bytes = Array(path.utf8) }

    /// UTF-8 when the bytes are UTF-8, else GB18030 (what Chinese Windows writes), else UTF-8
    /// with U+FFFD for the bytes neither reads.
    public var readable: String { Self.readableName(bytes) }
    public var description: String { readable }
    public var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    public func appending(_ component: [UInt8]) -> RawPath {
        RawPath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + component : bytes + [UInt8(ascii: "/")] + component)
    }

    static func readableName(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return GB18030Text.decode(bytes) ?? String(decoding: bytes, as: UTF8.self)
    }
}
