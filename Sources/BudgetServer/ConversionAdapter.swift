import BudgetBatch
import BudgetCore
import Foundation
import SpreadsheetModel

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
        let processor = DocumentProcessor(options: .init(outputDirectory: outputFolder,
                                                         conversion: ConversionOptions(structuredReaders: StructuredReaders.all),
                                                         force: true))
        var phases = PhaseTimes()
        var layouts: [WorkbookLayout] = []
        let record = processor.process(job, previous: nil, phases: &phases) { export in
            layouts = export.departments.map(\.layout)
        }
        guard record.outputs.count == layouts.count else { return ConvertedDocument(record: record, workbooks: []) }
        return ConvertedDocument(record: record, workbooks: zip(record.outputs, layouts).map {
            ConvertedDocument.Workbook(path: $0.path, layout: $1)
        })
    }
}
