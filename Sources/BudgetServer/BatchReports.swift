import BudgetBatch
import BudgetCore
import Foundation
import ZIPFoundation

/// A finished batch's extra downloads, as `convert` writes them: 汇总.xlsx (the roll-up),
/// 校验报告.xlsx (when there are findings), and one zip of every workbook and report.
enum BatchReports {
    static let zipName = "全部工作簿.zip"

    /// Returns the names written into the output folder, in the order the page lists them.
    static func write(_ records: [ManifestRecord], in folder: BatchFolder) -> [String] {
        var names: [String] = []
        let converted = records.filter { !$0.outputs.isEmpty }
        guard !converted.isEmpty else { return [] }
        do {
            try? FileManager.default.removeItem(at: folder.manifest)
            let manifest = try ManifestStore(url: folder.manifest)
            for record in records { try manifest.append(record) }
            try manifest.finish()
            let rollup = try RunReports.writeRollup(from: [folder.manifest], in: folder.outputs,
                                                    findingsReport: FindingsReportBuilder.fileName, finished: true)
            if let report = rollup.findingsReport { names.append(report.lastPathComponent) }
            names.append(rollup.url.lastPathComponent)
        } catch {
            // The workbooks stand on their own; the page simply offers no reports.
        }
        let files = converted.flatMap { $0.outputs.map(\.path) } + names
        if writeZip(files, in: folder.outputs) { names.insert(zipName, at: 0) }
        return names
    }

    private static func writeZip(_ files: [String], in outputs: URL) -> Bool {
        let url = outputs.appendingPathComponent(zipName)
        do {
            let archive = try Archive(url: url, accessMode: .create)
            for file in files {
                try archive.addEntry(with: file, relativeTo: outputs, compressionMethod: .deflate)
            }
            return true
        } catch {
            try? FileManager.default.removeItem(at: url)
            return false
        }
    }
}
