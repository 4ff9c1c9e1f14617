import BudgetBatch
import BudgetCore
import Foundation

/// What is printed per document on standard output: a readable line (with warnings and
/// findings under it in verbose mode), or one JSON line.
struct DocumentLines: Sendable {
    var json: Bool
    var verbose: Bool
    var outputDirectory: URL

    func print(_ record: ManifestRecord) {
        if json {
            Console.output(record.jsonLine)
            return
        }
        switch record.status {
        case .failed where record.outputs.isEmpty:
            let line = record.error?.line.map { ":\($0)" } ?? ""
            Console.error("error: \(record.input)\(line): \(record.error?.message ?? "failed")")
        default:
            let warnings = record.warnings.count
            let tableFindings = record.findings.filter { $0.severity == .table }.count
            let narrative = record.findings.count - tableFindings
            let outputs = record.outputs.map { outputDirectory.appendingPathComponent($0.path).path }.joined(separator: ", ")
            var line = "\(record.input): \(record.tables) tables, \(warnings) warning\(warnings == 1 ? "" : "s"), "
                + "\(tableFindings) finding\(tableFindings == 1 ? "" : "s")"
                + (narrative > 0 ? " (+\(narrative) in 情况说明)" : "") + " → \(outputs)"
            if record.status == .skipped { line += " (up to date, skipped)" }
            if record.status == .failed { line += " — failed: \(record.error?.message ?? "")" }
            Console.output(line)
            if verbose {
                for warning in record.warnings { Console.output("  warning: \(record.input):\(warning)") }
                for finding in record.findings { Console.output("  finding: \(record.input):\(finding.line): \(finding.message)") }
            }
        }
    }
}

enum SummaryLine {
    static func text(_ summary: BatchRunner.Summary) -> String {
        var parts = ["converted \(summary.converted)", "skipped \(summary.skipped)", "failed \(summary.failed)",
                     "warnings \(summary.warnings)",
                     "findings \(summary.tableFindings + summary.narrativeFindings) (\(summary.narrativeFindings) in 情况说明)"]
        if summary.notStarted > 0 { parts.append("not started \(summary.notStarted)") }
        return "summary: " + parts.joined(separator: ", ") + String(format: " in %.2f s", summary.seconds)
            + (summary.cancelled ? " (interrupted: run again to finish)" : "")
    }
}
