import Foundation

/// Names of the temporary files a workbook is written to before it is renamed into place:
/// `.NAME.OWNER.PID.RANDOM.tmp`. OWNER is the host and its PID namespace, so a run that
/// cleans up after a killed one can tell its own machine's temporaries (whose process it
/// can ask about) from those of shards on other hosts or in other containers writing into
/// the same folder (which it must leave alone).
public struct TemporaryFileName: Equatable, Sendable {
    public var owner: String
    public var pid: Int32

    /// This process's owner: host name and PID namespace, with only letters, digits and `-`.
    public static let currentOwner: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        let host = gethostname(&buffer, buffer.count) == 0 ? String(cString: buffer) : "host"
        var namespace = "0"
        var link = [CChar](repeating: 0, count: 64)
        let length = readlink("/proc/self/ns/pid", &link, link.count - 1)
        if length > 0 {
            namespace = String(cString: link).filter(\.isNumber)  // "pid:[4026531836]"
        }
        return sanitized(host) + "~" + namespace
    }()

    /// A fresh temporary file beside `destination`.
    public static func beside(_ destination: URL) -> URL {
        let pid = ProcessInfo.processInfo.processIdentifier
        return destination.deletingLastPathComponent().appendingPathComponent(
            ".\(destination.lastPathComponent).\(currentOwner).\(pid).\(UInt32.random(in: 0...UInt32.max)).tmp")
    }

    /// The owner and process of a temporary file's name; nil for any other name.
    public init?(parsing name: String) {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 6, let pid = Int32(parts[parts.count - 3]), UInt32(parts[parts.count - 2]) != nil,
              parts[parts.count - 4].contains("~") else { return nil }
        owner = String(parts[parts.count - 4])
        self.pid = pid
    }

    static func sanitized(_ text: String) -> String {
        let cleaned = text.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-") ? Character(scalar) : "-"
        }
        return cleaned.isEmpty ? "host" : String(cleaned)
    }
}
