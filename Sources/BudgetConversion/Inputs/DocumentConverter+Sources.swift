import BudgetCore
import Foundation
import XlsxWriterKit

/// Converting a document that is not a plain UTF-8 path: a file whose name is GBK bytes, or a
/// member of a zip read in place.
extension DocumentConverter {
    /// A job's document: read from its source (GBK name, zip member) or its path.
    public static func read(_ job: ConversionJob, options: Options = Options()) throws(ConversionFailure) -> BudgetDocument {
        try parse(try InputSourceReader.bytes(of: job), file: job.input.path, options: options)
    }

    /// `shownAs` names the document in reports and in the workbook's properties (its
    /// readable path).
    public static func convert(_ source: InputSource, shownAs input: URL, to output: URL,
                               options: Options = Options()) throws(ConversionFailure) -> ConversionResult {
        let data = try InputSourceReader.bytes(of: source, shownAs: input.path)
        let document = try parse(data, file: input.path, options: options)
        let layout = WorkbookPlanner.plan(document, sourceName: input.lastPathComponent)
        do {
            try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw ConversionFailure(file: input.path, kind: .output,
                                    message: "cannot create the output folder \(output.deletingLastPathComponent().path): \(error.localizedDescription)")
        }
        do {
            try WorkbookWriter.write(layout, to: output)
        } catch {
            throw ConversionFailure.from(error, file: input.path)
        }
        return ConversionResult(input: input, output: output, document: document, sheetNames: layout.sheets.map(\.name))
    }
}
