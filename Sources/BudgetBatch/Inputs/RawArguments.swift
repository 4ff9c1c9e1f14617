#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Command-line paths as the shell passed them. Swift decodes `argv` as UTF-8, replacing
/// bytes it cannot read with U+FFFD, so a GBK file name typed or completed in a shell arrives
/// as a path that does not exist; its bytes are still in `argv`.
enum RawArguments {
    /// The raw bytes of the argument that decodes to `path`, when `path` lost bytes.
    static func rawPath(matching path: String, in arguments: [[UInt8]] = processArguments()) -> RawPath? {
        guard path.unicodeScalars.contains("\u{FFFD}") else { return nil }
        for bytes in arguments where String(validating: bytes, as: UTF8.self) == nil {
            if String(decoding: bytes, as: UTF8.self) == path { return RawPath(bytes: bytes) }
        }
        return nil
    }

    static func processArguments() -> [[UInt8]] {
        (0..<Int(CommandLine.argc)).compactMap { index in
            CommandLine.unsafeArgv[index].map { argument in
                Array(UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self), count: strlen(argument)))
            }
        }
    }
}
