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
        await withTaskGroup(of: ManifestRecord.self) { group in
            var next = 0
            var running = 0
            while true {
                while running < workers, next < jobs.count, !stop.isRequested {
                    let job = jobs[next]
                    let previous = manifest.previous(job.relativePath)
                    group.addTask { processor.process(job, previous: previous) }
                    next += 1
                    running += 1
                }
                guard let record = await group.next() else { break }
                running -= 1
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
