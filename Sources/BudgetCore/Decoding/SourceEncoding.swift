/// The text encodings exports arrive in.
public enum SourceEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
}

/// Decoded text of one export, with what was needed to get it.
public struct DecodedText: Sendable {
    public var text: String
    public var encoding: SourceEncoding
    /// Number of byte sequences replaced by U+FFFD (only in lossy mode).
    public var replacements: Int

    public init(text: String, encoding: SourceEncoding, replacements: Int = 0) {
        self.text = text
        self.encoding = encoding
        self.replacements = replacements
    }
}

/// Why bytes could not be read as text.
public enum DecodingFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(offset: Int)
    case invalidBytes(offset: Int)
    case oddUTF16Length

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary(let offset):
            return "this is a binary file, not a text export (NUL byte at offset \(offset))"
        case .invalidBytes(let offset):
            return "bytes at offset \(offset) are not valid text in UTF-8, UTF-16 or GB18030 (use --lossy to replace them)"
        case .oddUTF16Length: return "the UTF-16 text ends in the middle of a character"
        }
    }
}
