/// Collects the outcome of each identity: nothing when it holds, a finding when it does not,
/// a skipped note when it cannot be evaluated.
struct CheckRecorder {
    private(set) var findings: [Finding] = []
    private(set) var skipped: [SkippedCheck] = []
    /// Identities evaluated, held or not.
    private(set) var checksRun = 0

    mutating func skip(_ identity: String, table: String = "", reason: String) {
        skipped.append(SkippedCheck(identity: identity, reason: reason, table: table))
    }

    /// `found` must equal the sum of `terms` (a parent and its children, a total and its parts).
    /// Notes are autoclosures: made only for a finding, not for each of the thousands of checks
    /// a document passes.
    mutating func expect(_ found: CellRead, equalsSumOf terms: [CellRead], identity: String,
                         severity: Finding.Severity = .table, note: @autoclosure () -> String = "") {
        switch (found, SumRead.sum(terms)) {
        case (.unreadable(let text, let place), _):
            skip(identity, table: place.table, reason: UnreadableCell(text: text, place: place).reason)
        case (_, .failure(let bad)):
            skip(identity, table: bad.place.table, reason: bad.reason)
        case (.amount(let cell), .success(let expected)):
            checksRun += 1
            record(cell, expected: expected, identity: identity, severity: severity, note: note())
        }
    }

    /// `found` must equal `expected`, an amount read elsewhere (another table, another row).
    mutating func expect(_ found: CellRead, equals expected: CellRead, identity: String,
                         severity: Finding.Severity = .table, note: @autoclosure () -> String = "") {
        func fullNote() -> String {
            let source = expected.place
            var origin = "\(source.table)"
            if !source.label.isEmpty { origin += " \(source.code.isEmpty ? "" : source.code + " ")\(source.label)" }
            if !source.column.isEmpty { origin += " 「\(source.column)」" }
            origin += ", line \(source.line)"
            let note = note()
            return note.isEmpty ? "expected value from \(origin)" : "\(note); expected value from \(origin)"
        }
        expect(found, equalsSumOf: [expected], identity: identity, severity: severity, note: fullNote())
    }

    /// Records a finding when `found` differs from `expected` by a cent or more.
    mutating func record(_ found: AmountCell, expected: Cents, identity: String,
                         severity: Finding.Severity = .table, note: @autoclosure () -> String = "") {
        guard found.value != expected else { return }
        let note = note()
        let place = found.place
        let difference = found.value - expected
        var location = [place.table]
        if !place.serial.isEmpty { location.append("序号\(place.serial)") }
        if !place.code.isEmpty { location.append(place.code) }
        if !place.label.isEmpty { location.append(place.label) }
        var message = location.joined(separator: " ")
        if !place.column.isEmpty { message += " 「\(place.column)」" }
        message += ": found \(found.value), expected \(expected) (\(identity)), difference \(difference); line \(place.line)"
        if !note.isEmpty { message += "; \(note)" }
        findings.append(Finding(
            severity: severity, table: place.table, tableKind: place.kind, rowSerial: place.serial,
            rowCode: place.code, rowLabel: place.label, column: place.column, identity: identity,
            expected: expected.description, found: found.value.description,
            difference: difference.description, line: place.line, message: message))
    }

    /// A finding that is not a sum: a code printed wrongly.
    mutating func add(_ finding: Finding) {
        checksRun += 1
        findings.append(finding)
    }

    /// Counts a check that held without going through `expect` (a code that reads right).
    mutating func countHeld(_ count: Int = 1) { checksRun += count }

    mutating func merge(_ other: CheckRecorder) {
        findings += other.findings
        skipped += other.skipped
        checksRun += other.checksRun
    }
}
