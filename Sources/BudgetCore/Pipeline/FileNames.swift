/// Text that becomes part of a file name.
public enum FileNames {
    /// Characters no file system objects to replaced by `_`; at most 80 characters.
    public static func safe(_ text: String) -> String {
        let cleaned = text.map { "/\\:*?\"<>|\n\r\t\0".contains($0) ? "_" : $0 }
        return String(String(cleaned).trimmed(of: " ").prefix(80))
    }
}

extension FileNames {
    /// `x.CSV` → `csv`; nil without one.
    public static func pathExtension(of name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ending = name[name.index(after: dot)...]
        return ending.isEmpty || ending.contains("/") ? nil : ending.lowercased()
    }
}

extension String {
    func trimmed(of set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
