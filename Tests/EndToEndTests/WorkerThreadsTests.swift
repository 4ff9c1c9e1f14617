@testable import BudgetBatch
import Foundation
import Testing

/// A batch's documents run on its own worker threads: each task whole on one of them, one
/// thread per worker (the allocator's heaps follow threads). Threads are told by identity:
/// a thread's name can read as its creator's for a moment after it is set.
struct WorkerThreadsTests {
    @Test func oneWorkerRunsEveryTaskOnOneThread() async {
        let threads = WorkerThreads(count: 1)
        var ran = Set<UInt>()
        await withTaskGroup(of: UInt.self) { group in
            for _ in 0..<20 { group.addTask(executorPreference: threads) { WorkerThreads.currentThreadID } }
            for await thread in group { ran.insert(thread) }
        }
        threads.stop()
        #expect(threads.enqueued == 20)
        #expect(ran.count == 1)
        #expect(ran == threads.threadIDs)
    }

    /// Two workers run two tasks at once: each waits for the other to have started.
    @Test func twoWorkersRunTwoTasksAtOnce() async {
        let threads = WorkerThreads(count: 2)
        let started = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        var met: [Bool] = []
        var ran = Set<UInt>()
        await withTaskGroup(of: (Bool, UInt).self) { group in
            for index in 0..<2 {
                group.addTask(executorPreference: threads) {
                    started[index].signal()
                    let other = started[1 - index].wait(timeout: .now() + 10) == .success
                    return (other, WorkerThreads.currentThreadID)
                }
            }
            for await (other, thread) in group {
                met.append(other)
                ran.insert(thread)
            }
        }
        threads.stop()
        #expect(met == [true, true])
        #expect(ran.count == 2)
        #expect(ran == threads.threadIDs)
    }
}
