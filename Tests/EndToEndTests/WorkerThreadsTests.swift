@testable import BudgetBatch
import Foundation
import Testing

/// A batch's documents run on its own worker threads: each task whole on one of them, one
/// thread per worker (the allocator's heaps follow threads).
struct WorkerThreadsTests {
    @Test func oneWorkerRunsEveryTaskOnOneThread() async {
        let threads = WorkerThreads(count: 1)
        var names = Set<String>()
        await withTaskGroup(of: String.self) { group in
            for _ in 0..<20 { group.addTask(executorPreference: threads) { currentThreadName() } }
            for await name in group { names.insert(name) }
        }
        threads.stop()
        #expect(threads.enqueued == 20)
        #expect(names == ["b2x worker 1"])
    }

    /// Two workers run two tasks at once: each waits for the other to have started.
    @Test func twoWorkersRunTwoTasksAtOnce() async {
        let threads = WorkerThreads(count: 2)
        let started = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        var met: [Bool] = []
        var names = Set<String>()
        await withTaskGroup(of: (Bool, String).self) { group in
            for index in 0..<2 {
                group.addTask(executorPreference: threads) {
                    started[index].signal()
                    let other = started[1 - index].wait(timeout: .now() + 10) == .success
                    return (other, currentThreadName())
                }
            }
            for await (other, name) in group {
                met.append(other)
                names.insert(name)
            }
        }
        threads.stop()
        #expect(met == [true, true])
        #expect(names == ["b2x worker 1", "b2x worker 2"])
    }
}

/// The running thread's name (a synchronous function: `Thread.current` is not for async code).
private func currentThreadName() -> String { Thread.current.name ?? "?" }
