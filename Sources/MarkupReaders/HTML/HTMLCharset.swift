import BudgetCore
import Foundation

/// An HTML page's bytes → text: the byte-order mark first, else the charset its `<meta>`
/// declares (`charset=gbk`, GB2312 and GB18030 read as GB18030), else UTF-8, else GB18030.
enum HTMLCharset {
    static let gbNames: Set<String> = ["gbk", "gb2312", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "windows-936"]
    static let utf8Names: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8"]
    /// Single-byte Western charsets some tools declare for pages that are really UTF-8 or ASCII.
    static let westernNames: Set<String> = ["iso-8859-1", "us-ascii", "ascii", "windows-1252", "latin1"]

    static func decode(_ bytes: [UInt8], fileName: String) throws(MarkupReadError) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes.dropFirst(3)), base: 3, fileName: fileName)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard bytes.count % 2 == 0, let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                throw MarkupReadError(fileName: fileName, "the UTF-16 text (byte-order mark) is not valid UTF-16")
            }
            return text
        }
        let declared = declaredCharset(in: Array(bytes.prefix(4096)))
        switch declared {
        case let name? where gbNames.contains(name):
            return try gb18030(bytes, fileName: fileName, declared: name)
        case let name? where utf8Names.contains(name) || westernNames.contains(name):
            return try utf8(bytes, base: 0, fileName: fileName)
        case let name?:
            throw MarkupReadError(fileName: fileName, "the page declares charset \"\(name)\", which is not supported (UTF-8, UTF-16, GBK/GB2312/GB18030 are)")
        case nil:
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            return try gb18030(bytes, fileName: fileName, declared: nil)
        }
    }

    private static func utf8(_ bytes: [UInt8], base: Int, fileName: String) throws(MarkupReadError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: break loop
            }
        }
        throw MarkupReadError(fileName: fileName, "byte offset \(base + offset): not valid UTF-8 (the page's charset)")
    }

    private static func gb18030(_ bytes: [UInt8], fileName: String, declared: String?) throws(MarkupReadError) -> String {
        do {
            return try GB18030Text.decodeStrictly(bytes)
        } catch {
            let offset: Int
            if case .invalidBytes(let at) = error { offset = at } else { offset = 0 }
            let what = declared.map { "the declared charset \($0)" } ?? "UTF-8 or GB18030"
            throw MarkupReadError(fileName: fileName, "byte offset \(offset): not valid text in \(what)")
        }
    }

    /// `charset=…` in the page's head: `<meta charset="gbk">` or
    /// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
    static func declaredCharset(in head: [UInt8]) -> String? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let key = Array("charset".utf8)
        var index = 0
        while index + key.count <= lower.count {
            guard lower[index..<(index + key.count)].elementsEqual(key) else {
                index += 1
                continue
            }
            var position = index + key.count
            while position < lower.count, lower[position] == 0x20 { position += 1 }
            guard position < lower.count, lower[position] == UInt8(ascii: "=") else {
                index += 1
                continue
            }
            position += 1
            while position < lower.count, [0x20, 0x22, 0x27].contains(lower[position]) { position += 1 }
            var name: [UInt8] = []
            while position < lower.count, isNameByte(lower[position]) {
                name.append(lower[position])
                position += 1
            }
            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            index += 1
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x3A || byte == 0x2E
    }
}
