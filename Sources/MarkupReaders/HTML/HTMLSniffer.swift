/// Tells an HTML page (or an `.xls` that is one) from other bytes by its first markup.
enum HTMLSniffer {
    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        var bytes = head
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16: keep the ASCII bytes (markup is ASCII).
            bytes = bytes.dropFirst(2).filter { $0 != 0 }
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = Array(bytes.dropFirst(3))
        }
        guard let first = bytes.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), bytes[first] == UInt8(ascii: "<") else {
            return false
        }
        let lower = String(decoding: bytes[first...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        return ["<html", "<!doctype html", "<head", "<body", "<table", "<meta", "<div", "<p>", "<p "].contains { lower.contains($0) }
    }
}
