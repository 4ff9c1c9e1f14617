/// What the validator found in one document.
public struct ValidationReport: Sendable, Equatable, Codable {
    public var findings: [Finding]
    public var skipped: [SkippedCheck]
    /// Identities evaluated (held or not), each cell comparison counted once.
    public var checksRun: Int

    public init(findings: [Finding] = [], skipped: [SkippedCheck] = [], checksRun: Int = 0) {
        self.findings = findings
        self.skipped = skipped
        self.checksRun = checksRun
    }

    enum CodingKeys: String, CodingKey { case findings, skipped, checksRun, checksSkipped }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        findings = try container.decodeIfPresent([Finding].self, forKey: .findings) ?? []
        skipped = try container.decodeIfPresent([SkippedCheck].self, forKey: .skipped) ?? []
        checksRun = try container.decodeIfPresent(Int.self, forKey: .checksRun) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(findings, forKey: .findings)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(checksRun, forKey: .checksRun)
        try container.encode(skipped.count, forKey: .checksSkipped)
    }

    public var tableFindings: [Finding] { findings.filter { $0.severity == .table } }
    public var narrativeFindings: [Finding] { findings.filter { $0.severity == .narrative } }
    public var hasTableFindings: Bool { findings.contains { $0.severity == .table } }
}
