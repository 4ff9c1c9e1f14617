import BudgetCore
import Foundation
import Synchronization

/// Converts many documents on a fixed number of workers. Workers only produce records; the
/// calling task is the one owner of everything else (the manifest, the summary, progress
/// and output lines), so nothing is shared and nothing is locked. Stops cleanly when
/// asked: documents not yet started are left for the next run; finished ones are in the
/// manifest.
public struct BatchRunner: Sendable {
    public struct Summary: Sendable {
        public var total = 0
        public var converted = 0
        public var skipped = 0
        public var failed = 0
        /// Why each failed document failed, in the order they finished.
        public var failureKinds: [ConversionFailure.Kind] = []
        public var warnings = 0
        public var tableFindings = 0
        public var narrativeFindings = 0
        public var notStarted = 0
        public var seconds = 0.0
        public var cancelled = false
        /// Manifest appends that failed (the documents count as failed: the next run redoes them).
        public var manifestErrors: [String] = []
    }

    private let processor: DocumentProcessor
    private let workers: Int

    public init(processor: DocumentProcessor, workers: Int) {
        self.processor = processor
        self.workers = max(1, workers)
    }

    /// Runs every job; `onRecord` is called on the calling task as each document finishes.
    public func run(_ jobs: [ConversionJob], manifest: ManifestStore, stop: StopRequest,
                    onRecord: (ManifestRecord, Summary) -> Void) async -> Summary {
        let clock = ContinuousClock()
        let start = clock.now
        var summary = Summary()
        summary.total = jobs.count
        let processor = self.processor
        let threshold = processor.options.streamingThreshold
        let threads = WorkerThreads(count: workers)
        defer { threads.stop() }
        await withTaskGroup(of: Finished.self) { group in
            var next = 0
            var running = 0
            // The one big input whose departments are being shared out, and its workers.
            var streamed: StreamedFileConversion?
            var streamedTasks = 0
            while true {
                while running < workers, !stop.isRequested {
                    if let file = streamed {
                        if file.wantsWorkers {
                            group.addTask(executorPreference: threads) {
                                file.convertNext()
                                return .department
                            }
                            streamedTasks += 1
                            running += 1
                            continue
                        }
                        // Opening, or its last departments in progress: a small file may use the
                        // free worker; the next big one waits for this one.
                        if streamedTasks > 0, next < jobs.count,
                           StreamedFileConversion.streamablePath(of: jobs[next], threshold: threshold) != nil { break }
                    }
                    guard next < jobs.count else { break }
                    let job = jobs[next]
                    // The last record decides whether a document is up to date; --force never
                    // asks, so its record is not read and decoded at all.
                    let previous = processor.options.force ? nil : manifest.previous(job.relativePath)
                    next += 1
                    running += 1
                    if streamed == nil, let path = StreamedFileConversion.streamablePath(of: job, threshold: threshold) {
                        let file = StreamedFileConversion(job: job, path: path, processor: processor, previous: previous)
                        streamed = file
                        streamedTasks = 1
                        group.addTask(executorPreference: threads) {
                            file.open()
                            return .department
                        }
                    } else {
                        group.addTask(executorPreference: threads) { .record(processor.process(job, previous: previous)) }
                    }
                }
                guard let finished = await group.next() else { break }
                running -= 1
                let record: ManifestRecord
                switch finished {
                case .record(let done):
                    record = done
                case .department:
                    streamedTasks -= 1
                    guard let file = streamed, streamedTasks == 0, !file.wantsWorkers || stop.isRequested else { continue }
                    streamed = nil
                    if stop.isRequested, file.isUnfinished {
                        file.abandon()
                        continue
                    }
                    record = file.record()
                }
                var appendError: String?
                do { try manifest.append(record) } catch { appendError = "\(manifest.url.path): \(error.localizedDescription)" }
                Self.count(record, appendError: appendError, into: &summary)
                onRecord(record, summary)
            }
        }
        summary.cancelled = stop.isRequested
        summary.notStarted = summary.total - summary.converted - summary.skipped - summary.failed
        let elapsed = clock.now - start
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }

    /// What a worker hands back: a whole document's record, or the end of its turn on a
    /// streamed file (opening it, or one of its departments).
    private enum Finished: Sendable {
        case record(ManifestRecord)
        case department
    }

    static func count(_ record: ManifestRecord, appendError: String?, into summary: inout Summary) {
        if let appendError {
            summary.failed += 1
            summary.failureKinds.append(.writeFailed)
            summary.manifestErrors.append(appendError)
        } else {
            switch record.status {
            case .converted: summary.converted += 1
            case .skipped: summary.skipped += 1
            case .failed:
                summary.failed += 1
                summary.failureKinds.append(record.error.flatMap { ConversionFailure.Kind(rawValue: $0.kind) } ?? .findings)
            }
        }
        summary.warnings += record.outputs.reduce(0) { $0 + $1.warnings }
        summary.tableFindings += record.outputs.reduce(0) { $0 + $1.tableFindings }
        summary.narrativeFindings += record.outputs.reduce(0) { $0 + $1.narrativeFindings }
    }
}

/// A request to stop after the documents in progress (Ctrl-C, SIGTERM, a closing server).
public final class StopRequest: Sendable {
    private let requested = Mutex(false)

    public init() {}

    public func request() { requested.withLock { $0 = true } }

    public var isRequested: Bool { requested.withLock { $0 } }
}
