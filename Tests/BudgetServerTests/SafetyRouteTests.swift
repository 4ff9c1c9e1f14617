import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import BudgetServer

@Suite("serve: limits, traversal, zips and expiry")
struct SafetyRouteTests {
    /// Paths that try to leave the batch's output folder, plain and encoded.
    static func traversals(_ id: String) -> [String] {
        [
            "/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/batches/\(id)/files/../../../../etc/passwd",
            "/batches/\(id)/files/..%2f..%2f..%2fetc%2fpasswd",
            "/batches/\(id)/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/batches/\(id)/files/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/batches/\(id)/files/%252e%252e/%252e%252e/etc/passwd",
            "/batches/\(id)/files/..%5c..%5cetc%5cpasswd",
            "/batches/\(id)/files/%2e%2e/inputs/\(Fixture.sampleName)",
            "/batches/\(id)/files/../inputs/\(Fixture.sampleName)",
            "/batches/\(id)/files/%2e%2e/manifest.jsonl",
            "/batches/\(id)/files/%2fetc%2fpasswd",
            "/batches/\(id)/files//etc/passwd",
            "/batches/\(id)/files/.",
            "/batches/\(id)/files/",
            "/batches/..%2f\(id)/files/000_dcbc594b2af559b5.xlsx",
            "/batches/00000000000000000000000000000000/files/000_dcbc594b2af559b5.xlsx",
        ]
    }

    static func expectNothingServed(_ response: TestResponse, _ path: String) {
        #expect([HTTPResponse.Status.notFound, .badRequest].contains(response.status), "\(path) → \(response.status)")
        #expect(!response.text.contains("root:") && !response.text.contains("单位") && !response.text.contains("PK"), "\(path)")
    }

    @Test("traversal attempts, plain and encoded, serve nothing (in-process router)")
    func traversalRouter() async throws {
        try await TestServer().run { client in
            let (id, status) = try await client.convertOne(try Fixture.sample(), name: Fixture.sampleName)
            #expect(status.documents.first?.state == "converted")
            for path in Self.traversals(id) {
                Self.expectNothingServed(try await client.execute(uri: path, method: .get), path)
            }
        }
    }

    @Test("traversal attempts serve nothing over a real socket either")
    func traversalLive() async throws {
        try await TestServer().run(.live) { client in
            let (id, _) = try await client.convertOne(try Fixture.sample(), name: Fixture.sampleName)
            for path in Self.traversals(id) {
                Self.expectNothingServed(try await client.execute(uri: path, method: .get), path)
            }
            let good = try await client.execute(uri: "/batches/\(id)/files/000_dcbc594b2af559b5.xlsx", method: .get)
            #expect(good.status == .ok)
        }
    }

    @Test("upload names that leave the folder are refused with 400 naming them")
    func uploadNames() async throws {
        try await TestServer().run { client in
            let id = try await client.createBatch()
            for name in ["../../evil.txt", "/etc/cron.d/evil.txt", "a/../../evil.txt", "..\\evil.txt", "C:\\evil.txt", "x\u{0}.txt", "/"] {
                let response = try await client.upload(Data("x".utf8), name: name, to: id)
                #expect(response.status == .badRequest, "\(name)")
                #expect(try response.decode(ErrorBody.self).error.hasPrefix(name), "\(name)")
            }
            let missing = try await client.execute(uri: "/api/batches/\(id)/files", method: .put, body: ByteBuffer(string: "x"))
            #expect(missing.status == .badRequest)
            #expect(!FileManager.default.fileExists(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("evil.txt").path))
        }
    }

    @Test("a file over the size limit is refused with 413 naming it")
    func tooLarge() async throws {
        try await TestServer(maxFileBytes: 1000).run { client in
            let id = try await client.createBatch()
            let response = try await client.upload(Data(repeating: 65, count: 1001), name: "大文件.txt", to: id)
            #expect(response.status == .contentTooLarge)
            #expect(try response.decode(ErrorBody.self).error.hasPrefix("大文件.txt"))
            #expect(try await client.upload(Data(repeating: 65, count: 1000), name: "ok.txt", to: id).status == .created)
        }
    }

    @Test("a batch over its total size is refused with 413")
    func batchTooLarge() async throws {
        try await TestServer(maxFileBytes: 1000, maxBatchBytes: 1500).run { client in
            let id = try await client.createBatch()
            #expect(try await client.upload(Data(repeating: 65, count: 1000), name: "a.txt", to: id).status == .created)
            let second = try await client.upload(Data(repeating: 65, count: 1000), name: "b.txt", to: id)
            #expect(second.status == .contentTooLarge)
            #expect(try second.decode(ErrorBody.self).error.hasPrefix("b.txt"))
        }
    }

    @Test("more files than the limit are refused with 413")
    func tooManyFiles() async throws {
        try await TestServer(maxFiles: 2).run { client in
            let id = try await client.createBatch()
            #expect(try await client.upload(Data("a".utf8), name: "a.txt", to: id).status == .created)
            #expect(try await client.upload(Data("b".utf8), name: "b.txt", to: id).status == .created)
            let third = try await client.upload(Data("c".utf8), name: "c.txt", to: id)
            #expect(third.status == .contentTooLarge)
            #expect(try third.decode(ErrorBody.self).error.hasPrefix("c.txt"))
            let zip = try ZipFixture.make([("x.txt", Data("x".utf8)), ("y.txt", Data("y".utf8)), ("z.txt", Data("z".utf8))])
            let other = try await client.createBatch()
            let zipped = try await client.upload(zip, name: "三个.zip", to: other)
            #expect(zipped.status == .contentTooLarge)
            #expect(try zipped.decode(ErrorBody.self).error.hasPrefix("三个.zip"))
        }
    }

    @Test("zips with ../ or absolute members are refused and leave nothing behind")
    func zipTraversal() async throws {
        let server = TestServer()
        let root = server.configuration.temporaryRoot
        try await server.run { client in
            for member in ["../evil.txt", "/tmp/evil.txt", "a/../../evil.txt", "..\\evil.txt"] {
                let zip = try ZipFixture.make([("good.txt", Data("x".utf8)), (member, Data("evil".utf8))])
                let id = try await client.createBatch()
                let response = try await client.upload(zip, name: "坏.zip", to: id)
                #expect(response.status == .badRequest, "\(member)")
                let message = try response.decode(ErrorBody.self).error
                #expect(message.hasPrefix("坏.zip") && message.contains(member), "\(message)")
                #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("evil.txt").path))
                #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(id).appendingPathComponent("evil.txt").path))
                #expect(try await client.status(id).total == 0)
            }
        }
    }

    @Test("zip bombs are refused: inflated size over the limit, and extreme ratios")
    func zipBombs() async throws {
        let zeros = Data(count: 3 << 20)
        let bomb = try ZipFixture.make([("bomb.txt", zeros)])
        #expect(bomb.count < 100_000)
        try await TestServer(maxFileBytes: 1 << 20).run { client in
            let id = try await client.createBatch()
            let response = try await client.upload(bomb, name: "bomb.zip", to: id)
            #expect(response.status == .contentTooLarge)
            #expect(try response.decode(ErrorBody.self).error.contains("bomb.txt"))
            #expect(try await client.status(id).total == 0)
        }
        try await TestServer().run { client in
            let id = try await client.createBatch()
            let response = try await client.upload(bomb, name: "bomb.zip", to: id)
            #expect(response.status == .contentTooLarge)
            #expect(try response.decode(ErrorBody.self).error.contains("zip bomb"))
        }
    }

    @Test("a file that is not a zip but named .zip is refused with 400 naming it")
    func notAZip() async throws {
        try await TestServer().run { client in
            let id = try await client.createBatch()
            let response = try await client.upload(Fixture.binary, name: "假的.zip", to: id)
            #expect(response.status == .badRequest)
            #expect(try response.decode(ErrorBody.self).error.hasPrefix("假的.zip"))
        }
    }

    @Test("unknown and malformed batch ids are 404; starting empty is 400, twice is 409")
    func batchErrors() async throws {
        try await TestServer().run { client in
            let unknown = "0123456789abcdef0123456789abcdef"
            #expect(try await client.execute(uri: "/api/batches/\(unknown)", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/api/batches/xyz", method: .get).status == .notFound)
            #expect(try await client.upload(Data("x".utf8), name: "a.txt", to: unknown).status == .notFound)
            #expect(try await client.execute(uri: "/api/batches/\(unknown)/start", method: .post).status == .notFound)
            #expect(try await client.execute(uri: "/api/batches/\(unknown)/documents/0/preview", method: .get).status == .notFound)
            let id = try await client.createBatch()
            #expect(try await client.execute(uri: "/api/batches/\(id)/start", method: .post).status == .badRequest)
            #expect(try await client.execute(uri: "/api/batches/\(id)/documents/0/preview", method: .get).status == .notFound)
            _ = try await client.upload(try Fixture.sample(), name: "a.txt", to: id)
            _ = try await client.convert(id)
            #expect(try await client.execute(uri: "/api/batches/\(id)/start", method: .post).status == .conflict)
            #expect(try await client.upload(Data("x".utf8), name: "b.txt", to: id).status == .conflict)
            #expect(try await client.execute(uri: "/api/batches/\(id)/documents/7/preview", method: .get).status == .notFound)
        }
    }

    @Test("a full queue refuses a batch with 503 and the batch can start later")
    func queueFull() async throws {
        try await TestServer(queueCapacity: 1).run(workers: false) { client in
            let id = try await client.createBatch()
            _ = try await client.upload(Data("a".utf8), name: "a.txt", to: id)
            _ = try await client.upload(Data("b".utf8), name: "b.txt", to: id)
            let response = try await client.execute(uri: "/api/batches/\(id)/start", method: .post)
            #expect(response.status == .serviceUnavailable)
            #expect(try await client.status(id).state == "receiving")
        }
    }

    @Test("expired batches lose their folder and their links")
    func expiry() async throws {
        let server = TestServer(expirySeconds: 60)
        try await server.run { client in
            let (id, status) = try await client.convertOne(try Fixture.sample(), name: Fixture.sampleName)
            let folder = server.configuration.temporaryRoot.appendingPathComponent(id)
            #expect(FileManager.default.fileExists(atPath: folder.path))
            #expect(await server.parts.store.sweep(now: Date().addingTimeInterval(30)).isEmpty)
            #expect(await server.parts.store.sweep(now: Date().addingTimeInterval(120)) == [id])
            #expect(!FileManager.default.fileExists(atPath: folder.path))
            #expect(try await client.execute(uri: "/api/batches/\(id)", method: .get).status == .notFound)
            let link = try #require(status.documents.first?.workbooks.first?.url)
            #expect(try await client.execute(uri: link, method: .get).status == .notFound)
        }
    }
}
