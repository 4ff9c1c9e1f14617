/// Conversions for OOXML attribute values, which follow XML Schema lexical forms.
enum XMLValues {
    /// xsd:boolean: "1"/"true" or "0"/"false"; anything else falls back to `default`.
    static func bool(_ value: String?, default defaultValue: Bool) -> Bool {
        switch value?.trimmingSpaces() {
        case "1", "true": return true
        case "0", "false": return false
        default: return defaultValue
        }
    }

    static func int(_ value: String?) -> Int? {
        guard let text = value?.trimmingSpaces() else { return nil }
        if let n = Int(text) { return n }
        // Some writers store integral attributes as "3.0".
        if let d = Double(text), d.isFinite, d == d.rounded(), abs(d) < 1e15 { return Int(d) }
        return nil
    }

    static func double(_ value: String?) -> Double? {
        guard let text = value?.trimmingSpaces(), let d = Double(text), d.isFinite else { return nil }
        return d
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" { s.removeLast() }
        return String(s)
    }
}
