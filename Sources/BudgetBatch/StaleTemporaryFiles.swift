import Foundation
import XlsxWriterKit

/// A run killed with SIGKILL may leave temporary workbooks (never a workbook under a real
/// name). The next run removes those of its own host and PID namespace whose process is
/// gone, and any temporary older than a day; a fresh one of another host or container (a
/// shard writing into the same folder right now) is left alone.
public enum StaleTemporaryFiles {
    public static let maximumAge: TimeInterval = 24 * 3600

    @discardableResult
    public static func remove(under folder: URL, now: Date = Date()) -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return 0 }
        var removed = 0
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix("."), name.hasSuffix(".tmp") else { continue }
            let url = folder.appendingPathComponent(relative)
            if isStale(name: name, url: url, now: now) {
                try? FileManager.default.removeItem(at: url)
                removed += 1
            }
        }
        return removed
    }

    static func isStale(name: String, url: URL, now: Date) -> Bool {
        if let parsed = TemporaryFileName(parsing: name), parsed.owner == TemporaryFileName.currentOwner {
            return kill(parsed.pid, 0) != 0 && errno == ESRCH
        }
        let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? now
        return now.timeIntervalSince(modified) > maximumAge
    }
}
