import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import BudgetServer

/// A server built in-process with its own temporary root, workers running, removed after.
struct TestServer {
    var configuration: ServerConfiguration
    var parts: BudgetServer.Parts

    init(maxFileBytes: Int = 20 << 20, maxBatchBytes: Int = 200 << 20, maxFiles: Int = 50,
         queueCapacity: Int = 100, expirySeconds: Int = 3600) {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("budget2xlsx-server-tests-\(UUID().uuidString)", isDirectory: true)
        configuration = ServerConfiguration(maxFileBytes: maxFileBytes, maxBatchBytes: maxBatchBytes, maxFiles: maxFiles,
                                            expirySeconds: expirySeconds, workers: 2, queueCapacity: queueCapacity,
                                            temporaryRoot: root)
        parts = BudgetServer.parts(configuration)
    }

    /// Runs `body` against the application; `workers: false` leaves the queue undrained.
    func run(_ setup: TestingSetup = .router, workers: Bool = true,
             _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let parts = self.parts
        let running = Task { if workers { await parts.workers.run(count: 2) } }
        let app = BudgetServer.application(configuration, parts: parts)
        var failure: Error?
        do {
            try await app.test(setup, body)
        } catch {
            failure = error
        }
        await parts.queue.stop()
        await running.value
        await parts.store.removeAll()
        if let failure { throw failure }
    }
}

enum Fixture {
    static let samplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")
    static let sampleName = "000_dcbc594b2af559b5.txt"
    static var sampleURL: URL { samplesFolder.appendingPathComponent(sampleName) }
    static func sample() throws -> Data { try Data(contentsOf: sampleURL) }
    /// Every byte value: no text encoding reads this.
    static let binary = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ ($0 >> 8)) })
}

struct ErrorBody: Decodable { var error: String }
struct CreatedBody: Decodable { var id: String }
struct AddedBody: Decodable { var added: [String] }

extension TestResponse {
    var text: String { String(buffer: body) }
    var data: Data { Data(body.readableBytesView) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(type, from: data) }
}

extension TestClientProtocol {
    func createBatch() async throws -> String {
        let response = try await execute(uri: "/api/batches", method: .post)
        #expect(response.status == .created)
        return try response.decode(CreatedBody.self).id
    }

    func upload(_ data: Data, name: String, to id: String) async throws -> TestResponse {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: Routes.unreserved) ?? name
        return try await execute(uri: "/api/batches/\(id)/files?name=\(encoded)", method: .put,
                                 body: ByteBuffer(bytes: data))
    }

    func status(_ id: String) async throws -> BatchStatus {
        try await execute(uri: "/api/batches/\(id)", method: .get).decode(BatchStatus.self)
    }

    /// Starts the batch and polls until it is done (bounded by a count of polls, not a time).
    func convert(_ id: String) async throws -> BatchStatus {
        let started = try await execute(uri: "/api/batches/\(id)/start", method: .post)
        #expect(started.status == .accepted)
        for _ in 0..<6000 {
            let status = try await status(id)
            if status.state == "done" { return status }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("batch \(id) never finished")
        return try await status(id)
    }

    /// Upload one file, convert, return the status.
    func convertOne(_ data: Data, name: String) async throws -> (id: String, status: BatchStatus) {
        let id = try await createBatch()
        let uploaded = try await upload(data, name: name, to: id)
        #expect(uploaded.status == .created)
        return (id, try await convert(id))
    }
}
