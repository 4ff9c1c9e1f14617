import Foundation

/// A run killed with SIGKILL may leave `.NAME.PID.RANDOM.tmp` files (never a workbook under a
/// real name). The next run removes those whose process is gone.
public enum StaleTemporaryFiles {
    @discardableResult
    public static func remove(under folder: URL) -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return 0 }
        var removed = 0
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix("."), name.hasSuffix(".tmp") else { continue }
            let parts = name.split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(relative))
                removed += 1
            }
        }
        return removed
    }
}
