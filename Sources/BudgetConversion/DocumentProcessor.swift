import BudgetCore
import Foundation
import XlsxWriterKit

/// One input document → its workbook(s), validation and manifest record. Never throws: a
/// failure becomes a record with the file, line and reason, and leaves no workbook behind.
public struct DocumentProcessor: Sendable {
    public struct Options: Sendable {
        public var outputDirectory: URL
        public var lossy = false
        public var force = false
        public var strict = false
        public var validate = true
        /// The template families to read with.
        public var catalog: FamilyCatalog = .builtin

        public init(outputDirectory: URL, lossy: Bool = false, force: Bool = false, strict: Bool = false, validate: Bool = true,
                    catalog: FamilyCatalog = .builtin) {
            self.outputDirectory = outputDirectory
            self.catalog = catalog
            self.lossy = lossy
            self.force = force
            self.strict = strict
            self.validate = validate
        }
    }

    public var options: Options

    public init(options: Options) { self.options = options }

    public func process(_ job: ConversionJob, previous: ManifestRecord?) -> ManifestRecord {
        let start = DispatchTime.now()
        let data: Data
        do {
            data = try DocumentConverter.load(job.input)
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
        let document: BudgetDocument
        do {
            document = try DocumentConverter.parse(data, file: job.input.path, options: .init(lossy: options.lossy, catalog: options.catalog))
        } catch {
            return failed(job, sha: sha, error, start: start)
        }

        let departments = DepartmentSplitter.split(document)
        var outputs: [ManifestRecord.Output] = []
        var findings: [Finding] = []
        var written: [URL] = []
        for (index, department) in departments.enumerated() {
            let output = departments.count == 1 ? job.output : OutputNaming.departmentURL(for: job.output, unit: department.unit, index: index)
            let layout = WorkbookPlanner.plan(department, sourceName: job.input.lastPathComponent)
            do {
                try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
                try OutputFolder.checkInside(output, folder: options.outputDirectory)
            } catch let failure as ConversionFailure {
                written.forEach { try? FileManager.default.removeItem(at: $0) }
                return failed(job, sha: sha, ConversionFailure(file: job.input.path, kind: .output, message: failure.message), start: start)
            } catch {
                written.forEach { try? FileManager.default.removeItem(at: $0) }
                return failed(job, sha: sha, ConversionFailure(file: job.input.path, kind: .output,
                    message: "cannot create \(output.deletingLastPathComponent().path): \(error.localizedDescription)"), start: start)
            }
            do {
                try WorkbookWriter.write(layout, to: output)
            } catch {
                written.forEach { try? FileManager.default.removeItem(at: $0) }
                return failed(job, sha: sha, ConversionFailure.from(error, file: job.input.path), start: start)
            }
            written.append(output)
            let report = options.validate ? BudgetValidator.validate(department) : ValidationReport()
            findings += report.findings
            let unit = department.unit ?? ""
            outputs.append(ManifestRecord.Output(
                path: OutputNaming.relativePath(of: output, in: options.outputDirectory),
                sha256: FileDigest.sha256(of: output) ?? "",
                unitCode: String(unit.prefix { $0.isASCII && $0.isNumber }),
                unitName: String(unit.drop { $0.isASCII && $0.isNumber }),
                year: department.year ?? "",
                tables: department.tables.count,
                warnings: department.allWarnings.count,
                tableFindings: report.tableFindings.count,
                narrativeFindings: report.narrativeFindings.count,
                figures: KeyFigureExtractor.extract(department)))
        }
        var record = ManifestRecord(
            input: job.relativePath, inputSHA256: sha, toolVersion: ToolVersion.current, status: .converted,
            encoding: document.encoding.rawValue, outputs: outputs, tables: document.tables.count,
            warnings: document.allWarnings.map(\.description), findings: findings, error: nil,
            milliseconds: milliseconds(since: start))
        if options.strict, findings.contains(where: { $0.severity == .table }) {
            // --strict: findings fail the document; the workbooks stay, the clerk needs them to look.
            record.status = .failed
            record.error = ManifestRecord.Failure(kind: "findings", line: findings.first?.line,
                message: "\(findings.filter { $0.severity == .table }.count) table finding(s) (--strict)")
        }
        return record
    }

    private func isUpToDate(_ previous: ManifestRecord, sha: String) -> Bool {
        guard previous.inputSHA256 == sha, previous.toolVersion == ToolVersion.current,
              previous.status != .failed, !previous.outputs.isEmpty else { return false }
        return previous.outputs.allSatisfy { output in
            let url = options.outputDirectory.appendingPathComponent(output.path)
            return FileManager.default.fileExists(atPath: url.path)
        }
    }

    private func failed(_ job: ConversionJob, sha: String, _ failure: ConversionFailure, start: DispatchTime) -> ManifestRecord {
        ManifestRecord(input: job.relativePath, inputSHA256: sha, toolVersion: ToolVersion.current, status: .failed,
                       encoding: nil, outputs: [], tables: 0, warnings: [], findings: [],
                       error: ManifestRecord.Failure(kind: failure.kind.rawValue, line: failure.line, message: failure.message),
                       milliseconds: milliseconds(since: start))
    }

    private func milliseconds(since start: DispatchTime) -> Int {
        Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
    }
}
