import BudgetBatch
import BudgetCore
import Foundation
import XlsxReaderKit

/// One export converted through DocumentProcessor, the path every convert run takes, into
/// the folder of `output` (whose file name is the workbook's).
enum SingleDocument {
    struct Converted {
        var record: ManifestRecord
        var sheetNames: [String]
        /// The export as the pipeline read it (all departments).
        var export: ConvertedExport
        var document: BudgetDocument { export.document }
        var warnings: [String] { record.warnings }
    }

    static func convert(_ input: URL, to output: URL, lossy: Bool = false) -> Result<Converted, ConversionFailure> {
        convert(input, to: output, options: ConversionOptions(lossy: lossy))
    }

    static func convert(_ input: URL, to output: URL, options: ConversionOptions,
                        source: InputSource? = nil) -> Result<Converted, ConversionFailure> {
        let folder = output.deletingLastPathComponent()
        let processor = DocumentProcessor(options: .init(outputDirectory: folder, conversion: options, force: true))
        var phases = PhaseTimes()
        var export: ConvertedExport?
        let record = processor.process(ConversionJob(input: input, relativePath: input.lastPathComponent, output: output,
                                                     source: source), previous: nil, phases: &phases) { export = $0 }
        if let error = record.error, record.status == .failed {
            return .failure(ConversionFailure(file: input.path, line: error.line,
                                              kind: ConversionFailure.Kind(rawValue: error.kind) ?? .output, message: error.message))
        }
        guard let export else {
            return .failure(ConversionFailure(file: input.path, kind: .output, message: "converted nothing"))
        }
        let names = (try? ReadWorkbook.read(contentsOf: output).sheets.map(\.name)) ?? []
        return .success(Converted(record: record, sheetNames: names, export: export))
    }
}
