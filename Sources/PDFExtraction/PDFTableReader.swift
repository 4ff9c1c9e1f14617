import BudgetCore
import Foundation

/// What reading one PDF gives: the structured document, warnings, and the tool that read it.
public struct PDFReadResult: Sendable {
    public var document: StructuredDocument
    public var warnings: [String]
    /// The extraction tool and its version, e.g. `mutool version 1.21.1`.
    public var toolVersion: String
    public var pageCount: Int
    /// Seconds spent waiting for the tool (both runs).
    public var toolSeconds: Double
}

/// Reads a published PDF's ruled tables and the text around them. mutool extracts the
/// characters (stext) and painted paths (trace); the reconstruction itself is BudgetCore's.
public enum PDFTableReader {
    public static func read(url: URL, options: PDFReadOptions = PDFReadOptions()) throws -> PDFReadResult {
        let content = try readPages(url: url, options: options)
        let built = PDFDocumentBuilder.build(content.pages)
        return PDFReadResult(document: built.document, warnings: built.warnings, toolVersion: content.toolVersion,
                             pageCount: content.pages.count, toolSeconds: content.toolSeconds)
    }

    /// The characters and paths of every page, as the tool reports them.
    public static func readPages(url: URL, options: PDFReadOptions = PDFReadOptions()) throws
        -> (pages: [PDFPageContent], toolVersion: String, toolSeconds: Double)
    {
        let file = url.lastPathComponent
        guard let executable = MutoolRunner.locate(options.mutoolPath) else {
            throw PDFReadError(.toolMissing, file: file,
                               "reading PDFs needs the mutool program: install the Debian package mupdf-tools (apt-get install mupdf-tools)")
        }
        try checkFile(url, file: file)
        let runner = MutoolRunner(executable: executable, timeout: options.timeout,
                                  temporaryDirectory: options.temporaryDirectory)
        let started = Date()
        let version = try tool(file) { try runner.version() }
        // One page past the limit tells a too-long file apart without drawing all of it.
        let pages = "1-\(options.maxPages + 1)"
        let stext = try tool(file) { try runner.draw(format: "stext", options: ["-O", "inhibit-spaces"], pdf: url, pages: pages) }
        try checkStatus(stext, file: file)
        let trace = try tool(file) { try runner.draw(format: "trace", options: [], pdf: url, pages: pages) }
        try checkStatus(trace, file: file)
        let toolSeconds = Date().timeIntervalSince(started)

        let textPages: [StextParser.Page]
        let pathPages: [TraceParser.Page]
        do {
            textPages = try StextParser.parse(UTF8Repair.repaired(stext.output),
                                              limits: .init(maxCharactersPerPage: options.maxCharactersPerPage))
            pathPages = try TraceParser.parse(UTF8Repair.repaired(trace.output), maxPathsPerPage: options.maxPathsPerPage)
        } catch let failure as StextParser.TooManyCharacters {
            throw PDFReadError(.tooLarge, file: file, page: failure.page,
                               "more than \(options.maxCharactersPerPage) characters on one page")
        } catch let failure as TraceParser.TooManyPaths {
            throw PDFReadError(.tooLarge, file: file, page: failure.page,
                               "more than \(options.maxPathsPerPage) drawn paths on one page")
        } catch let failure as ToolXMLReader.Failure {
            throw PDFReadError(.malformedOutput, file: file, failure.message)
        }
        guard textPages.count <= options.maxPages else {
            throw PDFReadError(.tooLarge, file: file, "more than \(options.maxPages) pages")
        }
        guard !textPages.isEmpty else { throw PDFReadError(.damaged, file: file, "the PDF has no pages") }
        guard textPages.count == pathPages.count else {
            throw PDFReadError(.malformedOutput, file: file,
                               "the tool reported \(textPages.count) pages of text but \(pathPages.count) pages of drawing")
        }
        if textPages.allSatisfy({ $0.characters.allSatisfy(\.text.isEmptyOrWhitespace) }) {
            let images = pathPages.reduce(0) { $0 + $1.images }
            throw PDFReadError(.noTextLayer, file: file,
                               "no text layer on any of its \(textPages.count) pages\(images > 0 ? " (only images: a scan)" : ""); scanned PDFs cannot be read, only PDFs made from a document or spreadsheet")
        }
        let content = zip(textPages, pathPages).enumerated().map { index, page in
            PDFPageContent(number: index + 1, width: page.0.width, height: page.0.height,
                           characters: page.0.characters, paths: page.1.paths)
        }
        return (content, version, toolSeconds)
    }

    /// A PDF starts with `%PDF-` and ends with `%%EOF`; a download cut short has no end marker.
    private static func checkFile(_ url: URL, file: String) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw PDFReadError(.damaged, file: file, "cannot open the file")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        guard head.range(of: Data("%PDF-".utf8)) != nil else {
            throw PDFReadError(.damaged, file: file, "not a PDF (no %PDF- signature)")
        }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 2048 ? size - 2048 : 0)
        let tail = (try? handle.readToEnd()) ?? Data()
        guard tail.range(of: Data("%%EOF".utf8)) != nil else {
            throw PDFReadError(.damaged, file: file, "the PDF is truncated (no %%EOF end marker; \(size) bytes)")
        }
    }

    private static func tool<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch MutoolRunner.Failure.timedOut {
            throw PDFReadError(.toolTimedOut, file: file, "mutool did not finish in time and was stopped")
        } catch MutoolRunner.Failure.cannotStart(let reason) {
            throw PDFReadError(.toolFailed, file: file, "cannot run mutool: \(reason)")
        } catch MutoolRunner.Failure.cannotReadOutput(let reason) {
            throw PDFReadError(.toolFailed, file: file, "cannot read mutool's output: \(reason)")
        }
    }

    private static func checkStatus(_ outcome: MutoolRunner.Outcome, file: String) throws {
        guard outcome.status != 0 || outcome.crashed else { return }
        let lines = outcome.errors.split(whereSeparator: \.isNewline).map(String.init)
            .filter { $0.hasPrefix("error:") }
        let reason = lines.first.map { $0.replacingOccurrences(of: "error: ", with: "") } ?? "exit status \(outcome.status)"
        if outcome.errors.contains("cannot authenticate password") || outcome.errors.contains("needs a password") {
            throw PDFReadError(.encrypted, file: file, "the PDF is encrypted with a password; open it and save an unprotected copy")
        }
        if outcome.crashed || outcome.status > 128 {
            throw PDFReadError(.toolFailed, file: file, "mutool crashed (status \(outcome.status)) on this PDF")
        }
        throw PDFReadError(.damaged, file: file, "mutool cannot read this PDF: \(reason)")
    }
}

private extension String {
    var isEmptyOrWhitespace: Bool { allSatisfy(\.isWhitespace) }
}
