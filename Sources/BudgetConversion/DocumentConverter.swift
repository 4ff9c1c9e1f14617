import BudgetCore
import Foundation
import XlsxWriterKit

/// What converting one export produced.
public struct ConversionResult: Sendable {
    public var input: URL
    public var output: URL
    public var document: BudgetDocument
    public var sheetNames: [String]
    public var warnings: [ConversionWarning] { document.allWarnings }
}

/// One export file → one workbook: read, decode, recognise, lay out, write safely.
public enum DocumentConverter {
    public struct Options: Sendable {
        public var lossy = false
        /// The template families to read with (built-in ones, plus `--templates`, `--template`).
        public var catalog: FamilyCatalog = .builtin
        public init(lossy: Bool = false, catalog: FamilyCatalog = .builtin) {
            self.lossy = lossy
            self.catalog = catalog
        }
    }

    public static func read(_ input: URL, options: Options = Options()) throws(ConversionFailure) -> BudgetDocument {
        try parse(try load(input), file: input.path, options: options)
    }

    /// The file's bytes, or a failure saying why there are none.
    static func load(_ input: URL) throws(ConversionFailure) -> Data {
        do {
            return try Data(contentsOf: input)
        } catch {
            let exists = FileManager.default.fileExists(atPath: input.path)
            throw ConversionFailure(file: input.path, kind: .unreadable,
                                    message: exists ? "cannot read the file (\(error.localizedDescription))" : "no such file")
        }
    }

    static func parse(_ data: Data, file: String, options: Options) throws(ConversionFailure) -> BudgetDocument {
        do {
            return try DocumentReader.read([UInt8](data), lossy: options.lossy, catalog: options.catalog)
        } catch {
            throw ConversionFailure.from(error, file: file)
        }
    }

    public static func convert(_ input: URL, to output: URL, options: Options = Options()) throws(ConversionFailure) -> ConversionResult {
        let document = try read(input, options: options)
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
