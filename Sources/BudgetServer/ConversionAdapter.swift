import BudgetConversion
import BudgetCore
import Foundation

/// What the page shows for one converted document: the batch's record (status, findings,
/// outputs) and, for the preview, the sheets the planner laid out for each workbook.
struct ConvertedDocument: Sendable {
    struct Workbook: Sendable {
        /// Path relative to the batch's output folder.
        var path: String
        var layout: WorkbookLayout
    }

    var record: ManifestRecord
    var workbooks: [Workbook]
}

/// The one place the server calls the converter, so that it converts exactly as `convert`
/// does. When the conversion internals change, only this file is rewired.
enum ConversionAdapter {
    static func convert(input: URL, relativePath: String, outputFolder: URL) -> ConvertedDocument {
        let output = InputCollector.outputURL(forRelativePath: relativePath, in: outputFolder)
        let job = ConversionJob(input: input, relativePath: relativePath, output: output)
        let processor = DocumentProcessor(options: .init(outputDirectory: outputFolder, force: true))
        let record = processor.process(job, previous: nil)
        guard record.status != .failed || !record.outputs.isEmpty else {
            return ConvertedDocument(record: record, workbooks: [])
        }
        return ConvertedDocument(record: record, workbooks: plannedWorkbooks(input: input, record: record))
    }

    /// The layouts the processor wrote, planned again from the same bytes for the preview:
    /// one per department, in the order of the record's outputs.
    private static func plannedWorkbooks(input: URL, record: ManifestRecord) -> [ConvertedDocument.Workbook] {
        guard let document = try? DocumentConverter.read(input) else { return [] }
        let departments = DepartmentSplitter.split(document)
        guard departments.count == record.outputs.count else { return [] }
        return zip(departments, record.outputs).map { department, output in
            ConvertedDocument.Workbook(path: output.path,
                                       layout: WorkbookPlanner.plan(department, sourceName: input.lastPathComponent))
        }
    }
}
