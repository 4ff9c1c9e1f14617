import Crypto
import Foundation

/// SHA-256 of inputs and outputs for the manifest and for "up to date".
public enum FileDigest {
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    public static func sha256(of url: URL) -> String? {
        (try? Data(contentsOf: url)).map(sha256)
    }
}
