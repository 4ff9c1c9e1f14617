import BudgetCore
import CLibCrypto

extension FileDigest {
    /// SHA-256 of everything a block source gives, without holding it (a streamed input's
    /// digest, equal to `sha256(_:)` of its bytes).
    static func sha256(of blocks: inout some ByteBlockSource) throws -> String {
        guard let context = EVP_MD_CTX_new() else { return "" }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { return "" }
        while let block = try blocks.nextBlock() {
            let ok = block.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
            guard ok == 1 else { return "" }
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { return "" }
        return hex(digest.prefix(Int(length)))
    }
}
