import BudgetCore

/// One line of `manifest.jsonl`: what happened to one input document. Also the `--json`
/// line printed per document.
public struct ManifestRecord: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case converted, skipped, failed }

    public struct Output: Codable, Sendable, Equatable {
        /// Path relative to the output folder.
        public var path: String
        public var sha256: String
        public var unitCode: String
        public var unitName: String
        public var year: String
        public var tables: Int
        public var warnings: Int
        public var tableFindings: Int
        public var narrativeFindings: Int
        /// The figures, in the document's amount unit (`amountUnit`).
        public var figures: KeyFigures
        /// The unit the document prints its amounts in (`元`, `千元`, `万元`, `亿元`), from its
        /// meta rows; nil when it states none, and in manifests written before the field existed.
        public var amountUnit: String?

        public init(path: String, sha256: String, unitCode: String, unitName: String, year: String, tables: Int,
                    warnings: Int, tableFindings: Int, narrativeFindings: Int, figures: KeyFigures,
                    amountUnit: String? = nil) {
            self.path = path
            self.sha256 = sha256
            self.unitCode = unitCode
            self.unitName = unitName
            self.year = year
            self.tables = tables
            self.warnings = warnings
            self.tableFindings = tableFindings
            self.narrativeFindings = narrativeFindings
            self.figures = figures
            self.amountUnit = amountUnit
        }

        /// The amount unit, when it is one the roll-up can convert from.
        public var knownUnit: AmountUnit? { amountUnit.flatMap(AmountUnit.init(rawValue:)) }
    }

    public struct Failure: Codable, Sendable, Equatable {
        public var kind: String
        public var line: Int?
        public var message: String

        public init(kind: String, line: Int?, message: String) {
            self.kind = kind
            self.line = line
            self.message = message
        }
    }

    /// Input path relative to the folder it was found in (what the output tree mirrors).
    public var input: String
    public var inputSHA256: String
    public var toolVersion: String
    public var status: Status
    public var encoding: String?
    /// The shape read: "text" (cell per line, row per line, CSV), "html", "docx" or "pdf".
    public var shape: String?
    /// The external tool that read it, with its version (a PDF's mutool).
    public var reader: String?
    public var outputs: [Output]
    public var tables: Int
    public var warnings: [String]
    public var findings: [Finding]
    public var error: Failure?
    public var milliseconds: Int

    public init(input: String, inputSHA256: String, toolVersion: String, status: Status, encoding: String?,
                outputs: [Output], tables: Int, warnings: [String], findings: [Finding], error: Failure?,
                milliseconds: Int) {
        self.input = input
        self.inputSHA256 = inputSHA256
        self.toolVersion = toolVersion
        self.status = status
        self.encoding = encoding
        self.outputs = outputs
        self.tables = tables
        self.warnings = warnings
        self.findings = findings
        self.error = error
        self.milliseconds = milliseconds
    }
}
