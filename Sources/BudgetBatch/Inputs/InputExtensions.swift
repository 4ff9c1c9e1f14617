/// The file name endings a folder scan collects (any letter case). Readers for some shapes
/// come later; a file is collected and its ending recorded either way.
public enum InputExtensions {
    public static let collected: Set<String> = ["txt", "csv", "tsv", "html", "htm", "xls", "docx", "pdf", "zip"]

    /// The lower-cased ending of a file name, without the dot ("" when none).
    public static func of(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    public static func isCollected(_ name: String) -> Bool { collected.contains(of(name)) }
}
