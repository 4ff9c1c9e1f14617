import BudgetCore

/// A manifest record as one JSON line, byte for byte what `ManifestStore.encoder` (Foundation's
/// JSONEncoder, sorted keys, slashes unescaped) writes, but written straight into bytes: the
/// encoder took half a million instructions a record (a generic container per value, then the
/// keys sorted), more than a tenth of a document's own work outside the writer. The keys are
/// listed here in the encoder's order; a test compares the two on random records, so a field
/// added to the records without being added here fails it.
enum ManifestLine {
    static func encode(_ record: ManifestRecord) -> [UInt8] {
        var line = JSONBytes()
        line.object { o in
            o.field("encoding", record.encoding)
            o.field("error", record.error) { line, failure in
                line.object { o in
                    o.field("kind", failure.kind)
                    o.field("line", failure.line)
                    o.field("message", failure.message)
                }
            }
            o.array("findings", record.findings, finding)
            o.field("input", record.input)
            o.field("inputSHA256", record.inputSHA256)
            o.field("milliseconds", record.milliseconds)
            o.array("outputs", record.outputs, output)
            o.field("reader", record.reader)
            o.field("shape", record.shape)
            o.field("status", record.status.rawValue)
            o.field("tables", record.tables)
            o.field("toolVersion", record.toolVersion)
            o.array("warnings", record.warnings) { $0.string($1) }
        }
        return line.bytes
    }

    private static func output(_ line: inout JSONBytes, _ output: ManifestRecord.Output) {
        line.object { o in
            o.field("amountUnit", output.amountUnit)
            o.field("figures", output.figures) { line, figures in
                line.object { o in
                    o.field("basicExpenditure", figures.basicExpenditure?.description)
                    o.field("carryOver", figures.carryOver?.description)
                    o.array("incomeBySource", figures.incomeBySource) { line, income in
                        line.object { o in
                            o.field("amount", income.amount.description)
                            o.field("label", income.label)
                        }
                    }
                    o.field("personnel", figures.personnel?.description)
                    o.field("procurement", figures.procurement?.description)
                    o.field("projectExpenditure", figures.projectExpenditure?.description)
                    o.field("publicFunds", figures.publicFunds?.description)
                    o.field("threePublic", figures.threePublic?.description)
                    o.field("totalExpenditure", figures.totalExpenditure?.description)
                    o.field("totalIncome", figures.totalIncome?.description)
                }
            }
            o.field("narrativeFindings", output.narrativeFindings)
            o.field("path", output.path)
            o.field("sha256", output.sha256)
            o.field("tableFindings", output.tableFindings)
            o.field("tables", output.tables)
            o.field("unitCode", output.unitCode)
            o.field("unitName", output.unitName)
            o.field("warnings", output.warnings)
            o.field("year", output.year)
        }
    }

    private static func finding(_ line: inout JSONBytes, _ finding: Finding) {
        line.object { o in
            o.field("column", finding.column)
            o.field("difference", finding.difference)
            o.field("expected", finding.expected)
            o.field("found", finding.found)
            o.field("identity", finding.identity)
            o.field("line", finding.line)
            o.field("message", finding.message)
            o.field("rowCode", finding.rowCode)
            o.field("rowLabel", finding.rowLabel)
            o.field("rowSerial", finding.rowSerial)
            o.field("severity", finding.severity.rawValue)
            o.field("table", finding.table)
            o.field("tableKind", finding.tableKind.rawValue)
        }
    }
}

extension ManifestRecord {
    /// The record as its manifest line (without the line end).
    public var jsonLine: String { String(decoding: ManifestLine.encode(self), as: UTF8.self) }
}

/// Compact JSON into bytes, as Foundation's JSONEncoder spells it (slashes unescaped).
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(2048) }

    mutating func object(_ body: (inout Members) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        var members = Members(line: self)
        bytes = []  // the members own the bytes while they are written (no copy)
        body(&members)
        self = members.line
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// An object's members, comma-separated; nil values are left out, as `encodeIfPresent` does.
    struct Members {
        fileprivate var line: JSONBytes
        private var first = true

        fileprivate init(line: JSONBytes) { self.line = line }

        private mutating func key(_ key: StaticString) {
            if !first { line.bytes.append(UInt8(ascii: ",")) }
            first = false
            line.bytes.append(UInt8(ascii: "\""))  // keys are plain ASCII names: nothing to escape
            key.withUTF8Buffer { line.bytes.append(contentsOf: $0) }
            line.bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }

        mutating func field(_ name: StaticString, _ value: String?) {
            guard let value else { return }
            key(name)
            line.string(value)
        }

        mutating func field(_ name: StaticString, _ value: Int?) {
            guard let value else { return }
            key(name)
            line.number(value)
        }

        mutating func field<T>(_ name: StaticString, _ value: T?, _ write: (inout JSONBytes, T) -> Void) {
            guard let value else { return }
            key(name)
            write(&line, value)
        }

        mutating func array<T>(_ name: StaticString, _ values: [T], _ write: (inout JSONBytes, T) -> Void) {
            key(name)
            line.bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { line.bytes.append(UInt8(ascii: ",")) }
                write(&line, value)
            }
            line.bytes.append(UInt8(ascii: "]"))
        }
    }
}
