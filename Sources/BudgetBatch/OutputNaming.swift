import Foundation

/// Output file names: a pure function of the input path (and, for files holding several
/// departments, of each department's unit).
public enum OutputNaming {
    /// `DIR/county/dept.xlsx` → `DIR/county/dept-316平乡县人力资源和社会保障局.xlsx`.
    public static func departmentURL(for output: URL, unit: String?, index: Int) -> URL {
        let stem = output.deletingPathExtension().lastPathComponent
        let label = safeFileName(unit ?? "") .isEmpty ? "部门\(index + 1)" : safeFileName(unit ?? "")
        return output.deletingLastPathComponent().appendingPathComponent("\(stem)-\(label).xlsx")
    }

    /// Characters no file system objects to; at most 80 characters.
    public static func safeFileName(_ text: String) -> String {
        let cleaned = text.map { "/\\:*?\"<>|\n\r\t".contains($0) ? "_" : $0 }
        return String(String(cleaned).trimmingCharacters(in: .whitespaces).prefix(80))
    }

    public static func relativePath(of url: URL, in folder: URL) -> String {
        let base = folder.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return url.lastPathComponent }
        return String(path.dropFirst(base.count + 1))
    }
}
