#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a folder with names as bytes (opendir/readdir), so a name that is not UTF-8 is
/// found like any other; Foundation's enumerator skips or mangles such names on Linux.
/// Symbolic links to folders are not followed (no loops).
enum RawDirectoryWalker {
    /// A regular file below the root: its readable relative path (`county/dept.txt`, also the
    /// sort key) and its names as bytes only when one of them is not UTF-8. Kept for every
    /// file of a folder until its jobs are made, so it holds no more than that: arrays of
    /// names for each of 10,000 files were a good part of a big batch's peak memory.
    struct Found {
        var readable: String
        var rawComponents: [[UInt8]]?

        /// The file's own name.
        var name: Substring {
            guard let slash = readable.lastIndex(of: "/") else { return readable[...] }
            return readable[readable.index(after: slash)...]
        }

        /// Its path as bytes below `root`.
        func raw(under root: RawPath) -> RawPath {
            guard let rawComponents else { return root.appending(Array(readable.utf8)) }
            return rawComponents.reduce(root) { $0.appending($1) }
        }
    }

    /// Regular files below `root`, sorted by their readable relative paths.
    static func files(under root: RawPath) -> [Found] {
        var found: [Found] = []
        walk(root, readable: "", raw: [], allUTF8: true, into: &found, depth: 0)
        return found.sorted { $0.readable < $1.readable }
    }

    private static func walk(_ folder: RawPath, readable: String, raw: [[UInt8]], allUTF8: Bool, into found: inout [Found], depth: Int) {
        guard depth < 64 else { return }
        for name in entries(of: folder) {
            let path = folder.appending(name)
            let readableName = RawPath.readableName(name)
            // The readable form has the same bytes exactly when the name is UTF-8.
            let utf8 = allUTF8 && readableName.utf8.elementsEqual(name)
            let relative = readable.isEmpty ? readableName : readable + "/" + readableName
            switch kind(of: path) {
            case .folder: walk(path, readable: relative, raw: raw + [name], allUTF8: utf8, into: &found, depth: depth + 1)
            case .file: found.append(Found(readable: relative, rawComponents: utf8 ? nil : raw + [name]))
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
