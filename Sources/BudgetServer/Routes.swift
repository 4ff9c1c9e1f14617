import Foundation
import Hummingbird

/// The page, the JSON the page talks to, and the downloads.
struct Routes: Sendable {
    var store: UploadStore
    var queue: JobQueue
    var configuration: ServerConfiguration

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Page.response() }
        router.get("/healthz") { _, _ in "ok" }
        router.post("/api/batches") { _, _ in
            let id = try await store.createBatch()
            return JSONResponse.make(["id": id], status: .created)
        }
        router.put("/api/batches/:id/files") { request, context in
            try await upload(request, id: try batchID(context))
        }
        router.post("/api/batches/:id/start") { _, context in
            let id = try batchID(context)
            let items = try await store.start(id)
            guard await queue.submit(items) else {
                await store.unstart(id)
                throw ServerError(.serviceUnavailable, "the server is busy with other uploads; try again in a few minutes")
            }
            return JSONResponse.make(try await status(id), status: .accepted)
        }
        router.get("/api/batches/:id") { _, context in
            JSONResponse.make(try await status(try batchID(context)))
        }
        router.get("/api/batches/:id/documents/:index/preview") { _, context in
            let id = try batchID(context)
            guard let index = context.parameters.get("index", as: Int.self),
                  let html = await store.preview(id, document: index) else { throw ServerError.notFound() }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: html)))
        }
        router.get("/batches/:id/files/**") { request, context in
            try await download(request, id: try batchID(context))
        }
    }

    private func batchID(_ context: BasicRequestContext) throws -> String {
        guard let id = context.parameters.get("id"), BatchFolder.isValidID(id) else { throw ServerError.notFound() }
        return String(id)
    }

    private func status(_ id: String) async throws -> BatchStatus {
        guard let status = await store.status(id) else { throw ServerError.notFound() }
        return status
    }

    private func upload(_ request: Request, id: String) async throws -> Response {
        guard let name = request.uri.queryParameters.get("name"), !name.isEmpty else {
            throw ServerError(.badRequest, "the upload has no file name")
        }
        let limit = UploadName.isZip(name) ? configuration.maxBatchBytes : configuration.maxFileBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw ServerError(.contentTooLarge, "\(name): larger than \(limit / 1_048_576) MB")
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError(.contentTooLarge, "\(name): larger than \(limit / 1_048_576) MB")
        }
        let added = try await store.add(Data(body.readableBytesView), name: name, to: id)
        return JSONResponse.make(["added": added], status: .created)
    }

    /// Only paths the batch recorded as its outputs are served: the request path is decoded
    /// once and looked up, never joined to a folder, so `..`, `%2e%2e`, `%2f` and double
    /// encodings find nothing.
    private func download(_ request: Request, id: String) async throws -> Response {
        let prefix = "/batches/\(id)/files/"
        let rawPath = request.uri.path
        guard rawPath.hasPrefix(prefix) else { throw ServerError.notFound() }
        var components: [String] = []
        for part in rawPath.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false) {
            guard let decoded = String(part).removingPercentEncoding, !decoded.isEmpty,
                  decoded != ".", decoded != "..", !decoded.contains("/"), !decoded.contains("\\") else {
                throw ServerError.notFound()
            }
            components.append(decoded)
        }
        let path = components.joined(separator: "/")
        guard let url = await store.file(id, path: path),
              let data = try? Data(contentsOf: url) else { throw ServerError.notFound() }
        let fileName = components.last ?? "download"
        return Response(status: .ok, headers: [
            .contentType: Self.contentType(of: fileName),
            .contentDisposition: Self.attachment(fileName),
            .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func contentType(of name: String) -> String {
        if name.lowercased().hasSuffix(".zip") { return "application/zip" }
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    }

    /// RFC 3986 unreserved characters: ASCII only (Foundation's `.alphanumerics` has CJK letters).
    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// RFC 6266: an ASCII fallback name and the real (Chinese) name, UTF-8 percent-encoded.
    static func attachment(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
