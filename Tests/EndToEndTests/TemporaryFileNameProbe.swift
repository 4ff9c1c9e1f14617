import XlsxWriterKit

/// This process's temporary-file owner (host and PID namespace), as the CLI computes it.
enum TemporaryFileNameProbe {
    static var owner: String { TemporaryFileName.currentOwner }
}
