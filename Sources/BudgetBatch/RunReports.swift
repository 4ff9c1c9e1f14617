import BudgetCore
import Foundation
import XlsxWriterKit

/// The workbooks a run writes beside the outputs: the provincial roll-up and the findings
/// report, both read from the manifests so that shards can be merged later.
public enum RunReports {
    /// What a roll-up was made of; `damaged` lists the manifest lines it could not read.
    public struct Rollup: Sendable {
        public var url: URL
        public var documents: Int
        public var damaged: [ManifestStore.DamagedLine]
        /// The findings report written with it (`findingsReport:`), nil when none was asked
        /// for or no record has a finding.
        public var findingsReport: URL?
    }

    /// `DIR/汇总.xlsx` from the manifests given (latest record per input), streamed: two
    /// passes over the records in input order, rows written as they are made, so memory does
    /// not grow with the number of departments. A workbook that cannot be written throws
    /// a ConversionFailure (`.output` or `.writeFailed`) naming it. With `findingsReport`, the
    /// findings report of the same records is written too, from the first pass (decoding
    /// every record once more for it was a tenth of a small batch's reports). `finished`: the
    /// manifests were just finished by this process (`ManifestStore.finish`), so they are known
    /// to be sorted.
    @discardableResult
    public static func writeRollup(from manifests: [URL], in folder: URL, findingsReport: String? = nil,
                                   finished: Bool = false) throws -> Rollup {
        var plan = RollupPlan()
        var documents = 0
        var damaged: [ManifestStore.DamagedLine] = []
        var items: [FindingsReportBuilder.Item] = []
        try ManifestStore.forEachRecordInOrder(of: manifests, knownSorted: finished, damaged: { damaged.append($0) }) { record in
            plan.add(record)
            documents += 1
            if findingsReport != nil { items += findingItems(of: record) }
        }
        let url = folder.appendingPathComponent(RollupSheetBuilder.fileName)
        do {
            try WorkbookWriter.writeStreamed(head: plan.head(), properties: plan.properties, to: url) { (sink: inout RowSink) throws(XlsxWriteError) in
                var rows = plan.rows()
                do {
                    try ManifestStore.forEachRecordInOrder(of: manifests, knownSorted: finished) { record in
                        for row in rows.add(record) { try sink.write(row: row.row, cells: row.cells, merges: row.merges) }
                    }
                } catch let error as XlsxWriteError {
                    throw error
                } catch {
                    throw XlsxWriteError(.file("cannot read the manifests: \(error.localizedDescription)"))
                }
                for row in rows.finish() { try sink.write(row: row.row, cells: row.cells, merges: row.merges) }
            }
        } catch {
            throw ConversionFailure.from(error, file: url.path)
        }
        let report = try findingsReport.flatMap { name in try writeFindingsReport(items, in: folder, name: name) }
        return Rollup(url: url, documents: documents, damaged: damaged, findingsReport: report)
    }

    /// `DIR/校验报告.xlsx` (or the given name) when any record has a finding; nil otherwise.
    public static func writeFindingsReport(from manifests: [URL], in folder: URL,
                                           name: String = FindingsReportBuilder.fileName) throws -> URL? {
        var items: [FindingsReportBuilder.Item] = []
        for manifest in manifests {
            try ManifestStore.forEachRecord(in: manifest, damaged: { _ in }) { items += findingItems(of: $0) }
        }
        return try writeFindingsReport(items, in: folder, name: name)
    }

    private static func findingItems(of record: ManifestRecord) -> [FindingsReportBuilder.Item] {
        let unit = record.outputs.first.map { $0.unitCode + $0.unitName } ?? ""
        return record.findings.map { FindingsReportBuilder.Item(document: record.input, unit: unit, finding: $0) }
    }

    private static func writeFindingsReport(_ items: [FindingsReportBuilder.Item], in folder: URL, name: String) throws -> URL? {
        guard !items.isEmpty else { return nil }
        let url = folder.appendingPathComponent(name)
        do {
            try WorkbookWriter.write(FindingsReportBuilder.layout(items: items.sorted { $0.document < $1.document }), to: url)
        } catch {
            throw ConversionFailure.from(error, file: url.path)
        }
        return url
    }
}
