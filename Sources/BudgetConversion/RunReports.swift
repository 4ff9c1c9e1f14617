import BudgetCore
import Foundation
import XlsxWriterKit

/// The workbooks a run writes beside the outputs: the provincial roll-up and the findings
/// report, both read from the manifests so that shards can be merged later.
public enum RunReports {
    /// `DIR/汇总.xlsx` from the manifests given (latest record per input). Records are kept
    /// without their warnings and findings: the roll-up needs only the figures.
    @discardableResult
    public static func writeRollup(from manifests: [URL], in folder: URL) throws -> (url: URL, documents: Int) {
        var byInput: [String: ManifestRecord] = [:]
        for manifest in manifests {
            try ManifestStore.forEachRecord(in: manifest) { record in
                var light = record
                light.warnings = []
                light.findings = []
                byInput[record.input] = light
            }
        }
        let url = folder.appendingPathComponent(RollupSheetBuilder.fileName)
        try WorkbookWriter.write(RollupSheetBuilder.layout(records: Array(byInput.values)), to: url)
        return (url, byInput.count)
    }

    /// `DIR/校验报告.xlsx` (or the given name) when any record has a finding; nil otherwise.
    public static func writeFindingsReport(from manifests: [URL], in folder: URL,
                                           name: String = FindingsReportBuilder.fileName) throws -> URL? {
        var items: [FindingsReportBuilder.Item] = []
        for manifest in manifests {
            try ManifestStore.forEachRecord(in: manifest) { record in
                let unit = record.outputs.first.map { $0.unitCode + $0.unitName } ?? ""
                items += record.findings.map { FindingsReportBuilder.Item(document: record.input, unit: unit, finding: $0) }
            }
        }
        guard !items.isEmpty else { return nil }
        let url = folder.appendingPathComponent(name)
        try WorkbookWriter.write(FindingsReportBuilder.layout(items: items.sorted { $0.document < $1.document }), to: url)
        return url
    }
}
