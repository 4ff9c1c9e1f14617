import CLibCrypto
import Foundation

/// SHA-256 of inputs and outputs for the manifest and for "up to date", from the system's
/// libcrypto (a hash is not worth compiling a TLS library for).
public enum FileDigest {
    public static func sha256(_ data: Data) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = data.withUnsafeBytes { buffer in
            EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, EVP_sha256(), nil)
        }
        // EVP_Digest fails only when the library cannot allocate; an empty digest then marks
        // the file as never up to date rather than stopping the batch.
        guard ok == 1 else { return "" }
        return hex(digest.prefix(Int(length)))
    }

    public static func sha256(of url: URL) -> String? {
        (try? Data(contentsOf: url)).map(sha256)
    }

    /// Lower-case hexadecimal, two digits a byte, written as ASCII bytes in one string.
    static func hex(_ bytes: some Collection<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
