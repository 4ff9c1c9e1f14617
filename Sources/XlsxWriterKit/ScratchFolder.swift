import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where libxlsxwriter keeps a workbook's parts while it assembles them (its `tmpdir`
/// option): a RAM-backed file system when the machine has a writable one with room to spare
/// (tmpfs at /dev/shm on Linux), else nil for the library's default, the system temporary
/// folder. libxlsxwriter unlinks each file as soon as it opens it, so nothing is left behind
/// either way. Only for workbooks of bounded size (one department's); a streamed sheet of
/// unbounded length keeps the default, since /dev/shm can be small (64 MB in a container).
enum ScratchFolder {
    /// At least this much free space in the RAM-backed file system, or it is not used.
    static let minimumFreeBytes = 256 * 1_048_576

    /// A C string that lives as long as the process: libxlsxwriter reads it until
    /// `workbook_close`, and one allocation serves every workbook.
    nonisolated(unsafe) static let ramBacked: UnsafeMutablePointer<CChar>? = {
        #if os(Linux)
        let candidate = "/dev/shm"
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8),
              mounts.split(separator: "\n").contains(where: { line in
                  let fields = line.split(separator: " ")
                  return fields.count > 2 && fields[1] == candidate && fields[2] == "tmpfs"
              }),
              access(candidate, W_OK | X_OK) == 0 else { return nil }
        var info = statvfs()
        guard statvfs(candidate, &info) == 0, Int(info.f_bavail) &* Int(info.f_frsize) >= minimumFreeBytes else { return nil }
        return strdup(candidate)
        #else
        return nil
        #endif
    }()
}
