import ArgumentParser
import BudgetBatch
import BudgetCore
import Foundation

/// What to read and how: the same options, with the same meaning, for convert and validate
/// (verify takes the decoding options alone).
struct InputOptions: ParsableArguments {
    @Argument(help: "Export files, zips, or folders searched recursively for .txt .csv .tsv .html .htm .xls .docx .pdf .zip (any letter case).")
    var inputs: [String] = []

    @Option(name: .long, help: "Read more input paths from this file, one per line ('-' for standard input).")
    var filesFrom: String?

    @OptionGroup var decoding: DecodingOptions

    func validate() throws {
        if inputs.isEmpty && filesFrom == nil { throw ValidationError("give files or folders, or --files-from") }
    }

    /// Every input path: the arguments, then the --files-from list.
    func paths() throws -> [String] {
        var paths = inputs
        if let filesFrom { paths += try InputList.read(filesFrom) }
        return paths
    }
}

/// How an export's bytes are read.
struct DecodingOptions: ParsableArguments {
    @Flag(help: "Replace bytes that are not valid text with U+FFFD (and warn) instead of failing.")
    var lossy = false

    @Option(help: "Read every text input in this shape instead of telling it from its lines: cells (one cell per line), rows (TAB-separated rows), csv.")
    var format: TextFormatOption?

    @Option(help: "Read every document with this template family (see `budget2xlsx templates`) instead of detecting it.")
    var template: String?

    @Option(help: "Folder of your own template family files (JSON, see docs/catalog.md), added to the built-in ones.")
    var templates: String?

    @Option(help: "Seconds mutool may run on a PDF (each of its runs) before it is stopped as hung (default 60).")
    var pdfTimeout: Double?

    func validate() throws {
        if let pdfTimeout, !(pdfTimeout > 0 && pdfTimeout.isFinite) {
            throw ValidationError("--pdf-timeout must be a positive number of seconds")
        }
    }

    /// The options every command hands the pipeline; a bad --template or --templates is a
    /// usage error (64) naming what is wrong.
    func conversion() throws -> ConversionOptions {
        do {
            let catalog = try FamilyFiles.catalog(folder: templates, forced: template)
            return ConversionOptions(lossy: lossy, shape: format?.shape, catalog: catalog,
                                     structuredReaders: StructuredReaders.all(pdfTimeout: pdfTimeout))
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(ExitCodes.usage)
        }
    }
}

/// How results are printed.
struct ReportOptions: ParsableArguments {
    @Flag(help: "Print one JSON line per document on standard output.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print every warning and finding, with its line.")
    var verbose = false
}
