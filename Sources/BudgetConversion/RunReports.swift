import BudgetCore
import Foundation
import XlsxWriterKit

/// The workbooks a run writes beside the outputs: the provincial roll-up and the findings
/// report.
public enum RunReports {
    /// `DIR/汇总.xlsx` from the given records.
    public static func writeRollup(_ records: [ManifestRecord], in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(RollupSheetBuilder.fileName)
        try WorkbookWriter.write(RollupSheetBuilder.layout(records: records), to: url)
        return url
    }

    /// `DIR/校验报告.xlsx` when any record has a finding; nil when there is none.
    public static func writeFindingsReport(_ records: [ManifestRecord], in folder: URL, name: String = FindingsReportBuilder.fileName) throws -> URL? {
        let items = records.sorted { $0.input < $1.input }.flatMap { record in
            record.findings.map { finding in
                FindingsReportBuilder.Item(document: record.input,
                                           unit: record.outputs.first.map { $0.unitCode + $0.unitName } ?? "",
                                           finding: finding)
            }
        }
        guard !items.isEmpty else { return nil }
        let url = folder.appendingPathComponent(name)
        try WorkbookWriter.write(FindingsReportBuilder.layout(items: items), to: url)
        return url
    }
}
