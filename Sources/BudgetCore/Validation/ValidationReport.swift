/// What the validator found in one document.
public struct ValidationReport: Sendable, Equatable, Codable {
    public var findings: [Finding]
    public var skipped: [SkippedCheck]

    public init(findings: [Finding] = [], skipped: [SkippedCheck] = []) {
        self.findings = findings
        self.skipped = skipped
    }

    public var tableFindings: [Finding] { findings.filter { $0.severity == .table } }
    public var narrativeFindings: [Finding] { findings.filter { $0.severity == .narrative } }
    public var hasTableFindings: Bool { findings.contains { $0.severity == .table } }
}
