import Foundation

/// Documents waiting for conversion, over all batches, and the fixed number of workers that
/// take them: bounded, so a flood of uploads is refused (503) instead of exhausting memory.
actor JobQueue {
    private var waiting: [UploadStore.WorkItem] = []
    private var idle: [CheckedContinuation<UploadStore.WorkItem?, Never>] = []
    private var stopped = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// All or none: false when the items do not fit.
    func submit(_ items: [UploadStore.WorkItem]) -> Bool {
        guard !stopped, waiting.count + items.count <= capacity else { return false }
        for item in items {
            if idle.isEmpty {
                waiting.append(item)
            } else {
                idle.removeFirst().resume(returning: item)
            }
        }
        return true
    }

    /// The next item, waiting for one; nil once stopped.
    func next() async -> UploadStore.WorkItem? {
        if stopped { return nil }
        if !waiting.isEmpty { return waiting.removeFirst() }
        return await withCheckedContinuation { idle.append($0) }
    }

    /// Workers finish the document in hand and take no more.
    func stop() {
        stopped = true
        waiting.removeAll()
        idle.forEach { $0.resume(returning: nil) }
        idle.removeAll()
    }
}

/// The workers: each converts one document at a time off the cooperative threads (conversion
/// is blocking work) and reports it to the store; the last document of a batch writes the
/// batch's reports and zip.
struct ConversionWorkers: Sendable {
    var queue: JobQueue
    var store: UploadStore

    func run(count: Int) async {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<max(1, count) {
                group.addTask {
                    while let item = await queue.next() {
                        await store.markConverting(item)
                        let converted = await Self.offThread {
                            ConversionAdapter.convert(input: item.input, relativePath: item.name, outputFolder: item.outputs)
                        }
                        if let finished = await store.finish(item, converted) {
                            let reports = await Self.offThread {
                                BatchReports.write(finished.converted.map(\.record), in: finished.folder)
                            }
                            await store.complete(item.batch, reports: reports)
                        }
                    }
                }
            }
        }
    }

    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
