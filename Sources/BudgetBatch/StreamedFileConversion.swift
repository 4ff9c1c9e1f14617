import BudgetCore
import Foundation
import Synchronization

/// One big input converted department by department, its departments shared out over the
/// batch's workers like files are. `open` (one worker) digests the file, skips it when up to
/// date and surveys it; then every worker that asks takes the next department from the one
/// reader (under the lock: reading is in file order) and converts and writes it on its own
/// (outside the lock). Once the reader is exhausted and the last department written, `record`
/// gives the file's manifest record, the same as DocumentProcessor makes from the whole file:
/// outputs in department order, named as before. A file the reader will not stream (another
/// shape, bytes that are not clean text) goes through DocumentProcessor whole.
final class StreamedFileConversion: Sendable {
    let job: ConversionJob
    private let path: RawPath
    private let processor: DocumentProcessor
    private let previous: ManifestRecord?
    private let start = DispatchTime.now()

    private struct Done {
        var output: ManifestRecord.Output
        var warnings: [String]
        var findings: [Finding]
    }

    /// Only ever touched under `state`'s lock (the reader and its block source are not
    /// Sendable themselves: one worker at a time reads).
    private struct State: @unchecked Sendable {
        var opened = false
        var reader: StreamingDepartmentReader?
        var exhausted = false
        var sha = ""
        /// Set when the file is finished without streaming (skipped, failed, or read whole).
        var finalRecord: ManifestRecord?
        var done: [Int: Done] = [:]
        var written: [URL] = []
        /// The failure of the first department (in file order) that failed.
        var failure: (index: Int, failure: ConversionFailure)?
    }

    private let state = Mutex(State())

    /// The plain file a job reads, when it is big enough to stream.
    static func streamablePath(of job: ConversionJob, threshold: Int) -> RawPath? {
        let path: RawPath
        switch job.source {
        case nil: path = RawPath(job.input.path)
        case .file(let raw): path = raw
        case .zipMember, .refused: return nil
        }
        guard let size = FileBlocks.size(of: path), size >= threshold else { return nil }
        return path
    }

    init(job: ConversionJob, path: RawPath, processor: DocumentProcessor, previous: ManifestRecord?) {
        self.job = job
        self.path = path
        self.processor = processor
        self.previous = previous
    }

    /// Whether `open` ran and departments may be left to take.
    var wantsWorkers: Bool { state.withLock { $0.opened && !$0.exhausted } }

    /// Whether departments were left when the run stopped.
    var isUnfinished: Bool { state.withLock { !$0.exhausted } }

    /// Digest, up-to-date check and survey. Afterwards either departments can be taken or the
    /// file already has its record.
    func open() {
        let options = processor.options
        let blockSize = options.streamingBlockSize
        let file = job.input.path
        let openBlocks = { [path] () throws(ConversionFailure) -> FileBlocks in
            try FileBlocks(path: path, blockSize: blockSize, shownAs: file)
        }
        var outcome = State(opened: true)
        do {
            var blocks = try openBlocks()
            outcome.sha = try FileDigest.sha256(of: &blocks)
            if !options.force, let previous, processor.isUpToDate(previous, sha: outcome.sha) {
                var skipped = previous
                skipped.status = .skipped
                skipped.milliseconds = 0
                outcome.finalRecord = skipped
            } else if let reader = try StreamingDepartmentReader.open(sourceName: job.input.lastPathComponent,
                                                                      options: options.conversion, { try openBlocks() }) {
                outcome.reader = reader
            } else {
                outcome.finalRecord = processor.process(job, previous: previous)
            }
        } catch {
            outcome.finalRecord = processor.failed(job, sha: outcome.sha, failure(error), start: start)
        }
        outcome.exhausted = outcome.finalRecord != nil
        state.withLock { $0 = outcome }
    }

    /// Takes the next department and converts and writes it; false when none was left.
    @discardableResult
    func convertNext() -> Bool {
        let taken: StreamingDepartmentReader.Department?
        do {
            taken = try state.withLock { state throws -> StreamingDepartmentReader.Department? in
                guard !state.exhausted, state.failure == nil else { return nil }
                guard let department = try state.reader?.next() else {
                    state.exhausted = true
                    return nil
                }
                return department
            }
        } catch {
            let failure = failure(error)
            state.withLock {
                $0.exhausted = true
                $0.failure = (Int.max, failure)
            }
            return false
        }
        guard let taken else { return false }

        var phases = PhaseTimes()
        let conversion = ConversionPipeline.convert(taken.department, index: taken.index, outputSuffix: taken.outputSuffix,
                                                    sourceName: job.input.lastPathComponent,
                                                    options: processor.options.conversion, phases: &phases)
        let output = job.output.deletingLastPathComponent()
            .appendingPathComponent(conversion.outputFileName(stem: job.output.deletingPathExtension().lastPathComponent))
        do {
            try processor.write(conversion, to: output, input: job.input)
        } catch {
            state.withLock { state in
                state.exhausted = true
                if taken.index < state.failure?.index ?? Int.max { state.failure = (taken.index, error) }
            }
            return false
        }
        let done = Done(output: ManifestRecord.Output(conversion, path: OutputNaming.relativePath(of: output,
                                                                                                 in: processor.options.outputDirectory),
                                                      sha256: FileDigest.sha256(of: output) ?? ""),
                        warnings: conversion.warnings.map(\.description), findings: conversion.report.findings)
        state.withLock {
            $0.done[taken.index] = done
            $0.written.append(output)
        }
        return true
    }

    /// The file's record, once no worker is still on it: converted (outputs in department
    /// order), or failed (its workbooks removed, as a whole file's are).
    func record() -> ManifestRecord {
        state.withLock { state in
            if let record = state.finalRecord { return record }
            if let failure = state.failure?.failure {
                state.written.forEach { try? FileManager.default.removeItem(at: $0) }
                return processor.failed(job, sha: state.sha, failure, start: start)
            }
            let done = state.done.keys.sorted().compactMap { state.done[$0] }
            let findings = done.flatMap(\.findings)
            var record = ManifestRecord(
                input: job.relativePath, inputSHA256: state.sha, toolVersion: ToolVersion.current, status: .converted,
                encoding: state.reader?.encoding.rawValue, outputs: done.map(\.output), tables: state.reader?.tableCount ?? 0,
                warnings: done.flatMap(\.warnings), findings: findings, error: nil,
                milliseconds: processor.milliseconds(since: start))
            record.shape = "text"
            if processor.options.strict, findings.contains(where: { $0.severity == .table }) {
                // --strict, as for a whole file: findings fail it, the workbooks stay.
                record.status = .failed
                record.error = ManifestRecord.Failure(kind: ConversionFailure.Kind.findings.rawValue, line: findings.first?.line,
                    message: "\(findings.filter { $0.severity == .table }.count) table finding(s) (--strict)")
            }
            return record
        }
    }

    /// A run stopped half way through the file: its workbooks go (the file is converted again
    /// next time, as a document not yet started is).
    func abandon() {
        state.withLock { state in
            state.written.forEach { try? FileManager.default.removeItem(at: $0) }
            state.written = []
            state.done = [:]
        }
    }

    private func failure(_ error: any Error) -> ConversionFailure {
        if let failure = error as? ConversionFailure { return failure }
        return ConversionFailure(file: job.input.path, kind: .unreadable, message: "\(error)")
    }
}
