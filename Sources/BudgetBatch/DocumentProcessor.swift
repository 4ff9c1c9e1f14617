import BudgetCore
import Foundation
import XlsxWriterKit

/// One input document → its workbook(s) and manifest record, through ConversionPipeline.
/// Never throws: a failure becomes a record with the file, line and reason, and leaves no
/// workbook behind.
public struct DocumentProcessor: Sendable {
    public struct Options: Sendable {
        public var outputDirectory: URL
        public var conversion = ConversionOptions()
        public var force = false
        public var strict = false
        /// Inputs of at least this many bytes (plain files, not zip members) are read as a
        /// stream, department by department, their departments shared out over the workers.
        public var streamingThreshold = 4 << 20
        /// The block a streamed input is read in.
        public var streamingBlockSize = 1 << 20

        public init(outputDirectory: URL, conversion: ConversionOptions = ConversionOptions(), force: Bool = false,
                    strict: Bool = false) {
            self.outputDirectory = outputDirectory
            self.conversion = conversion
            self.force = force
            self.strict = strict
        }
    }

    public var options: Options

    public init(options: Options) { self.options = options }

    public func process(_ job: ConversionJob, previous: ManifestRecord? = nil) -> ManifestRecord {
        var phases = PhaseTimes()
        return process(job, previous: previous, phases: &phases)
    }

    /// The same, adding where the time went to `phases` (the benchmark's figures), and handing
    /// the converted export to `inspect` (the server previews its layouts) before writing.
    public func process(_ job: ConversionJob, previous: ManifestRecord?, phases: inout PhaseTimes,
                        inspect: (ConvertedExport) -> Void = { _ in }) -> ManifestRecord {
        let start = DispatchTime.now()
        let data: Data
        do {
            data = try phases.measure(\.read) { () throws(ConversionFailure) -> Data in try InputSourceReader.bytes(of: job) }
        } catch {
            return failed(job, sha: "", error, start: start)
        }
        let sha = FileDigest.sha256(data)
        if !options.force, let previous, isUpToDate(previous, sha: sha) {
            var skipped = previous
            skipped.status = .skipped
            skipped.milliseconds = 0
            return skipped
        }
        let export: ConvertedExport
        do {
            export = try ConversionPipeline.run([UInt8](data), sourceName: job.input.lastPathComponent, options: options.conversion)
        } catch {
            return failed(job, sha: sha, ConversionFailure.from(error, file: job.input.path), start: start)
        }
        phases += export.phases
        inspect(export)

        var outputs: [ManifestRecord.Output] = []
        var written: [URL] = []
        for department in export.departments {
            let output = job.output.deletingLastPathComponent()
                .appendingPathComponent(department.outputFileName(stem: job.output.deletingPathExtension().lastPathComponent))
            do {
                try phases.measure(\.write) { () throws(ConversionFailure) in try write(department, to: output, input: job.input) }
            } catch {
                written.forEach { try? FileManager.default.removeItem(at: $0) }
                return failed(job, sha: sha, error, start: start)
            }
            written.append(output)
            outputs.append(ManifestRecord.Output(department, path: OutputNaming.relativePath(of: output, in: options.outputDirectory),
                                                 sha256: FileDigest.sha256(of: output) ?? ""))
        }
        let findings = export.departments.flatMap(\.report.findings)
        var record = ManifestRecord(
            input: job.relativePath, inputSHA256: sha, toolVersion: ToolVersion.current, status: .converted,
            encoding: export.encoding.rawValue, outputs: outputs, tables: export.document.tables.count,
            warnings: export.document.allWarnings.map(\.description), findings: findings, error: nil,
            milliseconds: milliseconds(since: start))
        record.shape = export.shape
        record.reader = export.tool
        if options.strict, findings.contains(where: { $0.severity == .table }) {
            // --strict: findings fail the document; the workbooks stay, the clerk needs them to look.
            record.status = .failed
            record.error = ManifestRecord.Failure(kind: ConversionFailure.Kind.findings.rawValue, line: findings.first?.line,
                message: "\(findings.filter { $0.severity == .table }.count) table finding(s) (--strict)")
        }
        return record
    }

    func write(_ department: DepartmentConversion, to output: URL, input: URL) throws(ConversionFailure) {
        do {
            try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw ConversionFailure(file: input.path, kind: .output,
                                    message: "cannot create \(output.deletingLastPathComponent().path): \(error.localizedDescription)")
        }
        do {
            try OutputFolder.checkInside(output, folder: options.outputDirectory)
        } catch {
            throw ConversionFailure(file: input.path, kind: .output, message: error.message)
        }
        do {
            try WorkbookWriter.write(department.layout, to: output)
        } catch {
            throw ConversionFailure.from(error, file: input.path)
        }
    }

    func isUpToDate(_ previous: ManifestRecord, sha: String) -> Bool {
        guard previous.inputSHA256 == sha, previous.toolVersion == ToolVersion.current,
              previous.status != .failed, !previous.outputs.isEmpty else { return false }
        return previous.outputs.allSatisfy { output in
            let url = options.outputDirectory.appendingPathComponent(output.path)
            return FileManager.default.fileExists(atPath: url.path)
        }
    }

    func failed(_ job: ConversionJob, sha: String, _ failure: ConversionFailure, start: DispatchTime) -> ManifestRecord {
        ManifestRecord(input: job.relativePath, inputSHA256: sha, toolVersion: ToolVersion.current, status: .failed,
                       encoding: nil, outputs: [], tables: 0, warnings: [], findings: [],
                       error: ManifestRecord.Failure(kind: failure.kind.rawValue, line: failure.line, message: failure.message),
                       milliseconds: milliseconds(since: start))
    }

    func milliseconds(since start: DispatchTime) -> Int {
        Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
    }
}

extension ManifestRecord.Output {
    init(_ department: DepartmentConversion, path: String, sha256: String) {
        let unit = department.document.unit ?? ""
        self.init(path: path, sha256: sha256,
                  unitCode: String(unit.prefix { $0.isASCII && $0.isNumber }),
                  unitName: String(unit.drop { $0.isASCII && $0.isNumber }),
                  year: department.document.year ?? "",
                  tables: department.document.tables.count,
                  warnings: department.warnings.count,
                  tableFindings: department.report.tableFindings.count,
                  narrativeFindings: department.report.narrativeFindings.count,
                  figures: department.keyFigures,
                  amountUnit: department.document.amountUnit?.rawValue)
    }
}
