import BudgetCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read in blocks, for the inputs big enough to be streamed. The descriptor is closed
/// when the last copy goes (a reader dropped half way still closes it).
final class FileBlocks: ByteBlockSource {
    private let descriptor: Int32
    private let blockSize: Int
    private let shownAs: String

    /// Opens the file at `path` (its bytes, which need not be UTF-8).
    init(path: RawPath, blockSize: Int, shownAs file: String) throws(ConversionFailure) {
        guard let opened = RawDirectoryWalker.withCString(path.bytes, { open($0, O_RDONLY | O_CLOEXEC) }), opened >= 0 else {
            let missing = errno == ENOENT
            let reason = missing ? "no such file" : "cannot read the file (\(String(cString: strerror(errno))))"
            throw ConversionFailure(file: file, kind: missing ? .missing : .unreadable, message: reason)
        }
        descriptor = opened
        self.blockSize = max(1, blockSize)
        shownAs = file
    }

    deinit { close(descriptor) }

    /// The size of the file at `path`, or nil when it cannot be told.
    static func size(of path: RawPath) -> Int? {
        var info = stat()
        guard RawDirectoryWalker.withCString(path.bytes, { stat($0, &info) }) == 0 else { return nil }
        return Int(info.st_size)
    }

    func nextBlock() throws -> [UInt8]? {
        var block = [UInt8](repeating: 0, count: blockSize)
        var filled = 0
        while filled < blockSize {
            let count = block.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, blockSize - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConversionFailure(file: shownAs, kind: .unreadable,
                                        message: "cannot read the file (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            filled += count
        }
        guard filled > 0 else { return nil }
        block.removeSubrange(filled...)
        return block
    }
}
