import Foundation
import Hummingbird
import Logging

/// `budget2xlsx serve`: the page for clerks. Builds the application (also used in-process by
/// the tests) and runs it until SIGTERM or SIGINT, then removes every upload folder.
public enum BudgetServer {
    /// The parts of a running server the tests reach into.
    struct Parts: Sendable {
        var store: UploadStore
        var queue: JobQueue
        var workers: ConversionWorkers
    }

    static func parts(_ configuration: ServerConfiguration) -> Parts {
        let store = UploadStore(configuration: configuration)
        let queue = JobQueue(capacity: configuration.queueCapacity)
        return Parts(store: store, queue: queue, workers: ConversionWorkers(queue: queue, store: store))
    }

    static func application(_ configuration: ServerConfiguration, parts: Parts,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        Routes(store: parts.store, queue: parts.queue, configuration: configuration).add(to: router)
        var logger = Logger(label: "budget2xlsx-serve")
        logger.logLevel = .warning
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                 serverName: "budget2xlsx"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Serves until stopped; `onRunning` gets the bound port (useful with `--port 0`).
    public static func run(_ configuration: ServerConfiguration,
                           onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        try FileManager.default.createDirectory(at: configuration.temporaryRoot, withIntermediateDirectories: true)
        let parts = parts(configuration)
        let workers = Task { await parts.workers.run(count: configuration.workers) }
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(30))
                await parts.store.sweep()
            }
        }
        defer { sweeper.cancel() }
        do {
            try await application(configuration, parts: parts, onRunning: onRunning).runService()
        } catch {
            await shutDown(parts, workers: workers)
            throw error
        }
        await shutDown(parts, workers: workers)
    }

    private static func shutDown(_ parts: Parts, workers: Task<Void, Never>) async {
        await parts.queue.stop()
        await workers.value
        await parts.store.removeAll()
    }
}
