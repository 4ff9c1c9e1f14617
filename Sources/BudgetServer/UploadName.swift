/// A file name sent by the browser (a folder upload sends `folder/sub/file.txt`) made into a
/// relative path below the batch's input folder, or refused when it tries to leave it.
enum UploadName {
    enum Problem: Error, Equatable {
        case empty
        case escapes
    }

    /// Path components, `/` and `\` both separating; `..`, absolute paths, drive letters and
    /// control characters are refused; `.` and empty components are dropped.
    static func components(of name: String) throws(Problem) -> [String] {
        if name.hasPrefix("/") || name.hasPrefix("\\") { throw .escapes }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { throw .escapes }
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init)
            .filter { $0 != "." && !$0.isEmpty }
        if parts.contains("..") { throw .escapes }
        if let first = parts.first, first.count == 2, first.hasSuffix(":") { throw .escapes }
        guard !parts.isEmpty else { throw .empty }
        return parts
    }

    /// Files a folder upload or a zip carries along that are not documents.
    static func isClutter(_ components: [String]) -> Bool {
        components.contains { $0.hasPrefix(".") || $0 == "__MACOSX" || $0 == "Thumbs.db" }
    }

    static func isZip(_ name: String) -> Bool { name.lowercased().hasSuffix(".zip") }
}
