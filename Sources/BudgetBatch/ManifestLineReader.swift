import BudgetCore

/// Reads a manifest line straight into a record: Foundation's JSONDecoder took about 400,000
/// instructions a record (a keyed container and a dynamic cast per value), and the reports
/// read every record twice. Strict: anything it is not sure to read exactly as the decoder
/// would (a number with a fraction or an exponent, a null where a value belongs, a key twice,
/// anything JSONParser refuses, …) gives nil, and the caller asks the decoder, which reads it
/// or says why not. Keys it does not know are passed over, as the decoder does.
enum ManifestLineReader {
    static func record(_ bytes: UnsafeRawBufferPointer) -> ManifestRecord? {
        guard case .object(let fields)? = try? JSONValue.parse(utf8: bytes.bindMemory(to: UInt8.self)) else { return nil }
        return try? Self.record(Members(fields))
    }

    private typealias Value = JSONValue

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
        guard case .object(let fields) = value else { throw Unreadable() }
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
}
