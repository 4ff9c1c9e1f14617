@testable import BudgetBatch
import BudgetCore
import CorpusGenerator
import Foundation
import Testing

/// The manifest line written by hand must be, byte for byte, what Foundation's JSONEncoder
/// (sorted keys, slashes unescaped) writes for the same record: old manifests and the
/// pipelines reading them see no difference.
struct ManifestLineTests {
    @Test func handWrittenLinesAreTheEncodersLines() throws {
        var random = SplitMix64(seed: 41)
        for _ in 0..<600 {
            let record = Self.record(&random)
            let reference = String(decoding: try ManifestStore.encoder.encode(record), as: UTF8.self)
            #expect(record.jsonLine == reference)
            #expect(try JSONDecoder().decode(ManifestRecord.self, from: Data(record.jsonLine.utf8)) == record)
        }
    }

    @Test func escapesAreTheEncoders() throws {
        let record = ManifestRecord(input: "a/b\\c\"d\n\t\r\u{8}\u{C}\u{1}\u{1F}\u{7F}\u{2028}é部门😀", inputSHA256: "", toolVersion: "1",
                                    status: .failed, encoding: nil, outputs: [], tables: 0, warnings: [], findings: [],
                                    error: .init(kind: "input", line: nil, message: "m"), milliseconds: 3)
        #expect(record.jsonLine == #"{"error":{"kind":"input","message":"m"},"findings":[],"input":"a/b\\c\"d\n\t\r\b\f\u0001\u001f"#
                + "\u{7F}\u{2028}é部门😀" + #"","inputSHA256":"","milliseconds":3,"outputs":[],"status":"failed","tables":0,"toolVersion":"1","warnings":[]}"#)
        #expect(record.jsonLine == String(decoding: try ManifestStore.encoder.encode(record), as: UTF8.self))
    }

    /// The reader written by hand reads what the decoder reads, field for field.
    @Test func handReadRecordsAreTheDecodersRecords() throws {
        var random = SplitMix64(seed: 43)
        for _ in 0..<600 {
            let record = Self.record(&random)
            #expect(Self.fastRead(Data(record.jsonLine.utf8)) == record)
        }
    }

    /// Lines spelled otherwise than ours (spaces, other key orders, unknown keys, nulls,
    /// escapes) read the same both ways.
    @Test func otherSpellingsReadAsTheDecoderReadsThem() throws {
        let lines = [
            #" { "input" : "a\/b\u00e9\ud83d\ude00" , "inputSHA256":"", "toolVersion":"1", "status":"skipped", "outputs":[ ], "tables":-0, "warnings":["\"x\""], "findings":[], "milliseconds":12, "encoding":null, "extra":[1.5e3, true, false, null, {"a":{}}] } "#,
            #"{"milliseconds":0,"input":"x","inputSHA256":"h","toolVersion":"t","status":"converted","tables":2,"warnings":[],"findings":[],"error":{"kind":"k","line":null,"message":"m"},"outputs":[{"path":"p","sha256":"s","unitCode":"1","unitName":"u","year":"2024","tables":1,"warnings":0,"tableFindings":0,"narrativeFindings":0,"figures":{"incomeBySource":[{"label":"l","amount":"-0.5"}],"totalIncome":"12.00"}}]}"#,
        ]
        for line in lines {
            let data = Data(line.utf8)
            let decoded = try JSONDecoder().decode(ManifestRecord.self, from: data)
            #expect(Self.fastRead(data) == decoded)
        }
    }

    /// What the reader is not sure to read as the decoder would, it leaves to the decoder:
    /// the manifest then reads the line exactly as before (or names it damaged, as before).
    @Test func doubtfulLinesAreLeftToTheDecoder() throws {
        let base = #"{"input":"a","inputSHA256":"","toolVersion":"1","status":"skipped","outputs":[],"tables":TABLES,"warnings":[],"findings":[],"milliseconds":1}"#
        let plain = base.replacingOccurrences(of: "TABLES", with: "3")
        let doubtful = ["3.0", "1e2", "\"3\"", "null", "99999999999999999999", "3, \"tables\": 4"].map { base.replacingOccurrences(of: "TABLES", with: $0) }
            + [plain.replacingOccurrences(of: #""a""#, with: #""\ud800""#), plain + " x",
               plain.replacingOccurrences(of: #""a""#, with: "\"a\u{1}\""),
               plain.replacingOccurrences(of: #""skipped""#, with: #""lost""#), "[]", "", "{"]
        for line in doubtful {
            let data = Data(line.utf8)
            #expect(Self.fastRead(data) == nil, "\(line)")
            var said: [ManifestStore.DamagedLine] = []
            let read = try ManifestStore.record(in: data, decoder: JSONDecoder(), file: "m", number: 1) { said.append($0) }
            let decoded = try? JSONDecoder().decode(ManifestRecord.self, from: data)
            #expect(read == decoded, "\(line)")
            #expect(said.count == (decoded == nil ? 1 : 0), "\(line)")
        }
        var bytes = Data(plain.utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "a"))!] = 0xFF
        #expect(Self.fastRead(bytes) == nil)
    }

    private static func fastRead(_ line: Data) -> ManifestRecord? { line.withUnsafeBytes(ManifestLineReader.record) }

    private static let pieces = ["部门", "预算", "a", "Z", "/", "\\", "\"", "\n", "\t", "\r", "\u{0}", "\u{1F}", "\u{7F}",
                                 "\u{2028}", "😀", "é", "e\u{301}", " ", "　", "0", "-1.5", "{", "]", ":", ","]

    private static func text(_ random: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    private static func maybe<T>(_ random: inout SplitMix64, _ make: (inout SplitMix64) -> T) -> T? {
        Bool.random(using: &random) ? make(&random) : nil
    }

    private static func cents(_ random: inout SplitMix64) -> Cents { Cents(Int64.random(in: -10_000_000...10_000_000, using: &random)) }

    private static func record(_ random: inout SplitMix64) -> ManifestRecord {
        let figures = KeyFigures(
            totalIncome: maybe(&random, cents),
            incomeBySource: (0..<Int.random(in: 0...3, using: &random)).map { _ in
                KeyFigures.LabelledAmount(label: text(&random), amount: cents(&random))
            },
            carryOver: maybe(&random, cents), totalExpenditure: maybe(&random, cents), basicExpenditure: maybe(&random, cents),
            projectExpenditure: maybe(&random, cents), personnel: maybe(&random, cents), publicFunds: maybe(&random, cents),
            threePublic: maybe(&random, cents), procurement: maybe(&random, cents))
        let outputs = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            ManifestRecord.Output(path: text(&random), sha256: text(&random), unitCode: text(&random), unitName: text(&random),
                                  year: text(&random), tables: Int.random(in: 0...99, using: &random),
                                  warnings: Int.random(in: 0...9, using: &random), tableFindings: Int.random(in: 0...9, using: &random),
                                  narrativeFindings: Int.random(in: 0...9, using: &random), figures: figures,
                                  amountUnit: maybe(&random, text))
        }
        let findings = (0..<Int.random(in: 0...3, using: &random)).map { _ in
            Finding(severity: Bool.random(using: &random) ? .table : .narrative, table: text(&random),
                    tableKind: TableKind.allCases.randomElement(using: &random)!, rowSerial: text(&random),
                    rowCode: text(&random), rowLabel: text(&random), column: text(&random), identity: text(&random),
                    expected: text(&random), found: text(&random), difference: text(&random),
                    line: Int.random(in: -1...100_000, using: &random), message: text(&random))
        }
        var record = ManifestRecord(
            input: text(&random), inputSHA256: text(&random), toolVersion: text(&random),
            status: [.converted, .skipped, .failed].randomElement(using: &random)!, encoding: maybe(&random, text),
            outputs: outputs, tables: Int.random(in: 0...200, using: &random),
            warnings: (0..<Int.random(in: 0...3, using: &random)).map { _ in text(&random) }, findings: findings,
            error: maybe(&random) { random in
                ManifestRecord.Failure(kind: text(&random), line: maybe(&random) { Int.random(in: 0...9999, using: &$0) },
                                       message: text(&random))
            },
            milliseconds: Int.random(in: 0...1_000_000, using: &random))
        record.shape = maybe(&random, text)
        record.reader = maybe(&random, text)
        return record
    }
}
