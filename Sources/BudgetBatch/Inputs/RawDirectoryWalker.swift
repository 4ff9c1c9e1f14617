#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a folder with names as bytes (opendir/readdir), so a name that is not UTF-8 is
/// found like any other; Foundation's enumerator skips or mangles such names on Linux.
/// Symbolic links to folders are not followed (no loops).
enum RawDirectoryWalker {
    /// Regular files below `root`, as relative paths of name components (bytes), sorted by
    /// their readable form.
    /// Each with its readable relative path (`county/dept.txt`), the sort key, made once per
    /// file rather than at each comparison of the sort.
    static func files(under root: RawPath) -> [(readable: String, components: [[UInt8]])] {
        var found: [[[UInt8]]] = []
        walk(root, prefix: [], into: &found, depth: 0)
        return found.map { ($0.map(RawPath.readableName).joined(separator: "/"), $0) }.sorted { $0.readable < $1.readable }
    }

    private static func walk(_ folder: RawPath, prefix: [[UInt8]], into found: inout [[[UInt8]]], depth: Int) {
        guard depth < 64 else { return }
        for name in entries(of: folder) {
            let path = folder.appending(name)
            switch kind(of: path) {
            case .folder: walk(path, prefix: prefix + [name], into: &found, depth: depth + 1)
            case .file: found.append(prefix + [name])
            case .other: continue
            }
        }
    }

    static func entries(of folder: RawPath) -> [[UInt8]] {
        guard let opened = withCString(folder.bytes, { opendir($0) }), let directory = opened else { return [] }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name: [UInt8] = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: 256) { bytes in
                    Array(UnsafeBufferPointer(start: bytes, count: strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name == [0x2E] || name == [0x2E, 0x2E] || name.isEmpty { continue }
            names.append(name)
        }
        return names
    }

    enum Kind { case file, folder, other }

    static func kind(of path: RawPath) -> Kind {
        var info = stat()
        guard withCString(path.bytes, { lstat($0, &info) }) == 0 as Int32? else { return .other }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return .folder }
        if type == S_IFREG { return .file }
        if type == S_IFLNK {
            // A link to a file is read like the file; a link to a folder is not followed.
            guard withCString(path.bytes, { stat($0, &info) }) == 0 as Int32? else { return .other }
            return info.st_mode & S_IFMT == S_IFREG ? .file : .other
        }
        return .other
    }

    /// Calls `body` with the bytes as a NUL-terminated C string (nil for a path holding NUL,
    /// which no file has).
    static func withCString<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result? {
        guard !bytes.contains(0) else { return nil }
        return (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in chars.baseAddress.map(body) }
        }
    }
}
