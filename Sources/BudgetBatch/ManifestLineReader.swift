import BudgetCore

/// Reads a manifest line straight into a record: Foundation's JSONDecoder took about 400,000
/// instructions a record (a keyed container and a dynamic cast per value), and the reports
/// read every record twice. Strict: anything it is not sure to read exactly as the decoder
/// would (a number with a fraction, a lone surrogate, a null where a value belongs, a key
/// twice, bytes that are no UTF-8, …) gives nil, and the caller asks the decoder, which reads
/// it or says why not. Keys it does not know are passed over, as the decoder does.
enum ManifestLineReader {
    static func record(_ bytes: UnsafeRawBufferPointer) -> ManifestRecord? {
        var parser = Parser(bytes: bytes.bindMemory(to: UInt8.self))
        guard let root = parser.document(), let fields = root.object else { return nil }
        return try? Self.record(Members(fields))
    }

    private struct Unreadable: Error {}

    private static func record(_ m: Members) throws -> ManifestRecord {
        guard let status = ManifestRecord.Status(rawValue: try m.string("status")) else { throw Unreadable() }
        var record = ManifestRecord(
            input: try m.string("input"), inputSHA256: try m.string("inputSHA256"), toolVersion: try m.string("toolVersion"),
            status: status, encoding: try m.optionalString("encoding"),
            outputs: try m.array("outputs").map { try output(Members(try object($0))) },
            tables: try m.int("tables"), warnings: try m.array("warnings").map(string),
            findings: try m.array("findings").map { try finding(Members(try object($0))) },
            error: try m.optionalObject("error").map { f in
                ManifestRecord.Failure(kind: try f.string("kind"), line: try f.optionalInt("line"), message: try f.string("message"))
            },
            milliseconds: try m.int("milliseconds"))
        record.shape = try m.optionalString("shape")
        record.reader = try m.optionalString("reader")
        return record
    }

    private static func output(_ m: Members) throws -> ManifestRecord.Output {
        ManifestRecord.Output(
            path: try m.string("path"), sha256: try m.string("sha256"), unitCode: try m.string("unitCode"),
            unitName: try m.string("unitName"), year: try m.string("year"), tables: try m.int("tables"),
            warnings: try m.int("warnings"), tableFindings: try m.int("tableFindings"),
            narrativeFindings: try m.int("narrativeFindings"), figures: try figures(m.object("figures")),
            amountUnit: try m.optionalString("amountUnit"))
    }

    private static func figures(_ m: Members) throws -> KeyFigures {
        KeyFigures(
            totalIncome: try m.optionalCents("totalIncome"),
            incomeBySource: try m.array("incomeBySource").map { value in
                let pair = Members(try object(value))
                return KeyFigures.LabelledAmount(label: try pair.string("label"), amount: try cents(pair.value("amount")))
            },
            carryOver: try m.optionalCents("carryOver"), totalExpenditure: try m.optionalCents("totalExpenditure"),
            basicExpenditure: try m.optionalCents("basicExpenditure"), projectExpenditure: try m.optionalCents("projectExpenditure"),
            personnel: try m.optionalCents("personnel"), publicFunds: try m.optionalCents("publicFunds"),
            threePublic: try m.optionalCents("threePublic"), procurement: try m.optionalCents("procurement"))
    }

    private static func finding(_ m: Members) throws -> Finding {
        guard let severity = Finding.Severity(rawValue: try m.string("severity")),
              let kind = TableKind(rawValue: try m.string("tableKind")) else { throw Unreadable() }
        return Finding(severity: severity, table: try m.string("table"), tableKind: kind, rowSerial: try m.string("rowSerial"),
                       rowCode: try m.string("rowCode"), rowLabel: try m.string("rowLabel"), column: try m.string("column"),
                       identity: try m.string("identity"), expected: try m.string("expected"), found: try m.string("found"),
                       difference: try m.string("difference"), line: try m.int("line"), message: try m.string("message"))
    }

    private static func object(_ value: Value) throws -> [(String, Value)] {
        guard let fields = value.object else { throw Unreadable() }
        return fields
    }

    private static func string(_ value: Value) throws -> String {
        guard case .string(let text) = value else { throw Unreadable() }
        return text
    }

    /// Cents as the records write them (`"15415.77"`); any other form is left to the decoder.
    private static func cents(_ value: Value) throws -> Cents {
        guard let amount = Cents(parsing: try string(value)) else { throw Unreadable() }
        return amount
    }

    /// An object's members, looked up by key: a key found twice is left to the decoder.
    private struct Members {
        let fields: [(String, Value)]
        init(_ fields: [(String, Value)]) { self.fields = fields }

        /// nil when the key is absent or null (what `decodeIfPresent` reads as nil).
        func optionalValue(_ key: String) throws -> Value? {
            var found: Value?
            for (name, value) in fields where name == key {
                guard found == nil else { throw Unreadable() }
                found = value
            }
            if case .null = found { return nil }
            return found
        }

        func value(_ key: String) throws -> Value {
            guard let value = try optionalValue(key) else { throw Unreadable() }
            return value
        }

        func string(_ key: String) throws -> String { try ManifestLineReader.string(value(key)) }
        func optionalString(_ key: String) throws -> String? { try optionalValue(key).map(ManifestLineReader.string) }
        func optionalCents(_ key: String) throws -> Cents? { try optionalValue(key).map(ManifestLineReader.cents) }
        func object(_ key: String) throws -> Members { Members(try ManifestLineReader.object(value(key))) }
        func optionalObject(_ key: String) throws -> Members? { try optionalValue(key).map { Members(try ManifestLineReader.object($0)) } }

        func int(_ key: String) throws -> Int {
            guard case .integer(let number) = try value(key) else { throw Unreadable() }
            return number
        }

        func optionalInt(_ key: String) throws -> Int? {
            guard let value = try optionalValue(key) else { return nil }
            guard case .integer(let number) = value else { throw Unreadable() }
            return number
        }

        func array(_ key: String) throws -> [Value] {
            guard case .array(let items) = try value(key) else { throw Unreadable() }
            return items
        }
    }

    /// JSON as far as records need it: other values (booleans, fractions) are kept as `other`,
    /// valid but never read.
    fileprivate enum Value {
        case object([(String, Value)])
        case array([Value])
        case string(String)
        case integer(Int)
        case null
        case other

        var object: [(String, Value)]? { if case .object(let fields) = self { return fields }; return nil }
    }

    /// A strict RFC 8259 reader of one value and nothing after it but whitespace.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func document() -> Value? {
            guard let value = value(depth: 0) else { return nil }
            skipSpace()
            return index == bytes.count ? value : nil
        }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        mutating func value(depth: Int) -> Value? {
            guard depth < 32 else { return nil }
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var fields: [(String, Value)] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(fields) }
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    guard let value = value(depth: depth + 1) else { return nil }
                    fields.append((key, value))
                    skipSpace()
                    guard index < bytes.count else { return nil }
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: ",") { continue }
                    return bytes[index - 1] == UInt8(ascii: "}") ? .object(fields) : nil
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [Value] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                while true {
                    guard let item = value(depth: depth + 1) else { return nil }
                    items.append(item)
                    skipSpace()
                    guard index < bytes.count else { return nil }
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: ",") { continue }
                    return bytes[index - 1] == UInt8(ascii: "]") ? .array(items) : nil
                }
            case UInt8(ascii: "\""):
                return string().map(Value.string)
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "t"): return literal("true") ? .other : nil
            case UInt8(ascii: "f"): return literal("false") ? .other : nil
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?: an integer that fits an Int, or `other`.
        mutating func number() -> Value? {
            var negative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            var magnitude = 0, overflow = false
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                while index < bytes.count, isDigit(bytes[index]) {
                    let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times.addingReportingOverflow(Int(bytes[index] - 0x30))
                    magnitude = sum
                    overflow = overflow || o1 || o2
                    index += 1
                }
            }
            var whole = true
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                whole = false
                index += 1
                guard digits() else { return nil }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                whole = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() else { return nil }
            }
            guard whole, !overflow else { return .other }
            return .integer(negative ? -magnitude : magnitude)
        }

        mutating func digits() -> Bool {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index > start
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        /// A string from its opening quote; nil for a control character, a lone surrogate or
        /// bytes that are no UTF-8.
        mutating func string() -> String? {
            index += 1
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    defer { index += 1 }
                    return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                case UInt8(ascii: "\\"):
                    return escapedString(from: start)
                case 0..<0x20:
                    return nil
                default:
                    index += 1
                }
            }
            return nil
        }

        /// The rest of a string holding escapes, built as bytes.
        mutating func escapedString(from start: Int) -> String? {
            var text = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(validating: text, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                    case UInt8(ascii: "b"): text.append(0x08)
                    case UInt8(ascii: "f"): text.append(0x0C)
                    case UInt8(ascii: "n"): text.append(0x0A)
                    case UInt8(ascii: "r"): text.append(0x0D)
                    case UInt8(ascii: "t"): text.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var code = hex4() else { return nil }
                        if (0xD800...0xDBFF).contains(code) {
                            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
                            index += 2
                            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(code) else { return nil }
                        UTF8.encode(scalar) { text.append($0) }
                    default:
                        return nil
                    }
                case 0..<0x20:
                    return nil
                default:
                    text.append(byte)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x30...0x39: value = value << 4 | UInt32(byte - 0x30)
                case 0x41...0x46: value = value << 4 | UInt32(byte - 0x37)
                case 0x61...0x66: value = value << 4 | UInt32(byte - 0x57)
                default: return nil
                }
            }
            return value
        }
    }
}
