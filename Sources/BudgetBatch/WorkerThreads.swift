import Foundation

/// The threads a batch's documents are converted on: as many as it has workers, each taking
/// the next task to run from one queue. On Swift's shared pool, one worker's documents ran on
/// whichever pool thread was free, and the allocator keeps a heap for each thread: with one
/// job, two heaps each came to hold a document's worth of freed pages, and when the second
/// one filled moved from run to run (a 1,000-document batch peaked anywhere from 36 to 44 MB).
/// A document's work is synchronous, so a task given to these threads runs whole on one.
final class WorkerThreads: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [UnownedJob] = []
    private var stopping = false
    private var running = 0
    private var enqueuedCount = 0
    private var startedThreads: Set<UInt> = []

    /// Tasks enqueued so far (tests ask).
    var enqueued: Int { condition.withLock { enqueuedCount } }
    /// The threads' identities (`pthread_self`), of those started so far (tests ask).
    var threadIDs: Set<UInt> { condition.withLock { startedThreads } }

    init(count: Int) {
        for index in 0..<max(1, count) {
            // At most 15 bytes: a longer name is refused, and the thread keeps its creator's
            // (a pool thread's), which is what profiles then show.
            let name = "b2x worker \(index + 1)"
            let thread = Thread { [self] in
                Thread.current.name = name
                condition.withLock { _ = startedThreads.insert(Self.currentThreadID) }
                work()
            }
            running += 1
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        queue.append(job)
        enqueuedCount += 1
        condition.signal()
        condition.unlock()
    }

    /// Lets the threads end once the queue is empty, and waits for them (call when no task
    /// is left to run on them).
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    /// The running thread's identity.
    static var currentThreadID: UInt { UInt(bitPattern: Int(bitPattern: pthread_self())) }

    private func work() {
        while true {
            condition.lock()
            while queue.isEmpty, !stopping { condition.wait() }
            if queue.isEmpty {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let job = queue.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
