import BudgetCore
import Foundation

/// Converts many documents with a fixed number of workers, each document (and its workbook
/// and formats) inside one task. Stops cleanly when cancelled: documents not yet started are
/// left for the next run; finished ones are in the manifest.
public final class BatchRunner: @unchecked Sendable {
    public struct Summary: Sendable {
        public var total = 0
        public var converted = 0
        public var skipped = 0
        public var failed = 0
        public var warnings = 0
        public var tableFindings = 0
        public var narrativeFindings = 0
        public var notStarted = 0
        public var seconds = 0.0
        public var cancelled = false
    }

    private let processor: DocumentProcessor
    private let manifest: ManifestStore
    private let workers: Int
    private let lock = NSLock()
    private var nextIndex = 0
    private var cancelledFlag = false
    private let summaryLock = NSLock()
    private var summary = Summary()

    public init(processor: DocumentProcessor, manifest: ManifestStore, workers: Int) {
        self.processor = processor
        self.manifest = manifest
        self.workers = max(1, workers)
    }

    /// Asks the workers to stop after their current document (signal-safe to call from any thread).
    public func cancel() {
        lock.lock()
        cancelledFlag = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelledFlag
    }

    /// Runs every job; `onRecord` is called (serially) as each document finishes.
    public func run(_ jobs: [ConversionJob], onRecord: @escaping @Sendable (ManifestRecord, Summary) -> Void) -> Summary {
        let start = DispatchTime.now()
        summaryLock.lock()
        summary = Summary()
        summary.total = jobs.count
        summaryLock.unlock()
        let workerCount = min(workers, max(jobs.count, 1))
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            while let index = self.claim(jobs.count) {
                let job = jobs[index]
                let record = self.processor.process(job, previous: self.manifest.previous(job.relativePath))
                var appendError: Error?
                do { try self.manifest.append(record) } catch { appendError = error }
                self.summaryLock.lock()
                self.count(record, appendFailed: appendError != nil)
                onRecord(record, self.summary)
                self.summaryLock.unlock()
            }
        }
        summaryLock.lock()
        defer { summaryLock.unlock() }
        summary.cancelled = isCancelled
        summary.notStarted = summary.total - summary.converted - summary.skipped - summary.failed
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return summary
    }

    /// Called with `summaryLock` held.
    private func count(_ record: ManifestRecord, appendFailed: Bool) {
        // A document the manifest could not record counts as failed: the next run redoes it.
        switch appendFailed ? .failed : record.status {
        case .converted: summary.converted += 1
        case .skipped: summary.skipped += 1
        case .failed: summary.failed += 1
        }
        summary.warnings += record.outputs.reduce(0) { $0 + $1.warnings }
        summary.tableFindings += record.outputs.reduce(0) { $0 + $1.tableFindings }
        summary.narrativeFindings += record.outputs.reduce(0) { $0 + $1.narrativeFindings }
    }

    private func claim(_ count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !cancelledFlag, nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }
}
