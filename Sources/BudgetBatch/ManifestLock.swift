import Foundation

/// An exclusive lock on one manifest of an output folder, held for a whole run: a second run
/// into the same folder and shard waits for the first to finish instead of interleaving its
/// manifest lines. Shards lock different manifests and run side by side. The lock is the
/// kernel's (flock on the manifest itself), so a killed run releases it and no lock file is
/// left behind.
public final class ManifestLock {
    public let url: URL
    private var descriptor: Int32 = -1

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Takes the lock, calling `waiting` once first when another run holds it.
    public init(manifest url: URL, waiting: () -> Void) throws(Failure) {
        self.url = url
        var saidWaiting = false
        while true {
            let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Failure(description: "cannot open the manifest \(url.path): \(Self.reason())") }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    let reason = Self.reason()
                    close(fd)
                    throw Failure(description: "cannot lock the manifest \(url.path): \(reason)")
                }
                if !saidWaiting { waiting() }
                saidWaiting = true
                while flock(fd, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let reason = Self.reason()
                        close(fd)
                        throw Failure(description: "cannot lock the manifest \(url.path): \(reason)")
                    }
                }
            }
            // The run before may have replaced the manifest (it is rewritten sorted at the end):
            // a lock on the old file guards nothing, so lock the file now at the path.
            if Self.isSameFile(fd, url.path) {
                descriptor = fd
                return
            }
            close(fd)
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    private static func isSameFile(_ fd: Int32, _ path: String) -> Bool {
        var open = stat(), named = stat()
        guard fstat(fd, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
