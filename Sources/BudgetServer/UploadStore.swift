import Foundation

/// Every live batch: its folder, its documents and what may be downloaded from it. The only
/// way to a file on disk is the `served` table a batch fills as its workbooks are written,
/// so no request path is ever joined to a folder.
actor UploadStore {
    enum DocumentState: String, Sendable { case uploaded, queued, converting, converted, failed }

    struct Document: Sendable {
        var name: String
        var input: URL
        var state: DocumentState = .uploaded
        var converted: ConvertedDocument?
        var error: String?
    }

    struct Batch: Sendable {
        var id: String
        var folder: BatchFolder
        var lastUsed: Date
        var documents: [Document] = []
        var bytes = 0
        var started = false
        var done = false
        /// Served path (relative to outputs, `/`-separated) → file.
        var served: [String: URL] = [:]
        var downloads: [BatchStatus.Link] = []
    }

    /// What a worker needs to convert one document.
    struct WorkItem: Sendable {
        var batch: String
        var index: Int
        var input: URL
        var name: String
        var outputs: URL
    }

    let configuration: ServerConfiguration
    private var batches: [String: Batch] = [:]
    static let maxLiveBatches = 1000

    init(configuration: ServerConfiguration) {
        self.configuration = configuration
    }

    func createBatch(now: Date = Date()) throws(ServerError) -> String {
        guard batches.count < Self.maxLiveBatches else {
            throw ServerError(.serviceUnavailable, "the server is busy; try again in a few minutes")
        }
        let id = BatchFolder.newID()
        let folder = BatchFolder(root: configuration.temporaryRoot.appendingPathComponent(id, isDirectory: true))
        do {
            try folder.create()
        } catch {
            throw ServerError(.internalServerError, "cannot create the upload folder: \(error.localizedDescription)")
        }
        batches[id] = Batch(id: id, folder: folder, lastUsed: now)
        return id
    }

    /// Stores one uploaded file (a `.zip` is unpacked); returns the documents it added.
    func add(_ data: Data, name: String, to id: String, now: Date = Date()) throws(ServerError) -> [String] {
        guard var batch = batches[id] else { throw ServerError.notFound() }
        guard !batch.started else { throw ServerError(.conflict, "\(name): this batch is already converting; start a new one") }
        let components: [String]
        do {
            components = try UploadName.components(of: name)
        } catch {
            throw ServerError(.badRequest, "\(name): not an acceptable file name")
        }
        guard !UploadName.isClutter(components) else { return [] }
        guard batch.bytes + data.count <= configuration.maxBatchBytes else {
            throw ServerError(.contentTooLarge, "\(name): the upload would exceed \(configuration.maxBatchBytes / 1_048_576) MB in all")
        }
        guard batch.documents.count < configuration.maxFiles else {
            throw ServerError(.contentTooLarge, "\(name): more than \(configuration.maxFiles) files in one upload")
        }
        let relative = unused(components, in: batch)
        guard let url = BatchFolder.url(relative, below: batch.folder.inputs) else {
            throw ServerError(.badRequest, "\(name): not an acceptable file name")
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw ServerError(.internalServerError, "\(name): cannot store the file (\(error.localizedDescription))")
        }
        var added: [[String]] = [relative]
        if UploadName.isZip(name) {
            defer { try? FileManager.default.removeItem(at: url) }
            let expander = ZipExpander(maxMembers: configuration.maxFiles - batch.documents.count,
                                       maxMemberBytes: configuration.maxFileBytes,
                                       maxTotalBytes: configuration.maxBatchBytes - batch.bytes)
            var prefix = relative
            let zipName = prefix.removeLast()
            prefix.append(String(zipName.dropLast(4)))
            do {
                added = try expander.expand(url, into: batch.folder.inputs, prefix: prefix)
            } catch {
                throw ServerError(error.isTooLarge ? .contentTooLarge : .badRequest, "\(name): \(error.reason)")
            }
            guard !added.isEmpty else { throw ServerError(.badRequest, "\(name): the zip holds no files") }
        }
        for path in added {
            guard let input = BatchFolder.url(path, below: batch.folder.inputs) else { continue }
            let size = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0
            batch.bytes += size
            batch.documents.append(Document(name: path.joined(separator: "/"), input: input))
        }
        batch.lastUsed = now
        batches[id] = batch
        return added.map { $0.joined(separator: "/") }
    }

    /// `a.txt` again in the same batch becomes `a (2).txt`, so no upload overwrites another.
    private func unused(_ components: [String], in batch: Batch) -> [String] {
        let names = Set(batch.documents.map { $0.name.lowercased() })
        guard names.contains(components.joined(separator: "/").lowercased()) else { return components }
        var parts = components
        let last = parts.removeLast()
        let dot = last.lastIndex(of: ".") ?? last.endIndex
        for number in 2... {
            let candidate = parts + [last[..<dot] + " (\(number))" + last[dot...]]
            if !names.contains(candidate.joined(separator: "/").lowercased()) { return candidate }
        }
        return components
    }

    /// Marks every document queued and hands them out for conversion.
    func start(_ id: String, now: Date = Date()) throws(ServerError) -> [WorkItem] {
        guard var batch = batches[id] else { throw ServerError.notFound() }
        guard !batch.started else { throw ServerError(.conflict, "this batch is already converting") }
        guard !batch.documents.isEmpty else { throw ServerError(.badRequest, "no files were uploaded") }
        batch.started = true
        batch.lastUsed = now
        for index in batch.documents.indices { batch.documents[index].state = .queued }
        batches[id] = batch
        return batch.documents.indices.map {
            WorkItem(batch: id, index: $0, input: batch.documents[$0].input, name: batch.documents[$0].name,
                     outputs: batch.folder.outputs)
        }
    }

    /// The queue was full: the batch may be started again later.
    func unstart(_ id: String) {
        guard var batch = batches[id] else { return }
        batch.started = false
        for index in batch.documents.indices { batch.documents[index].state = .uploaded }
        batches[id] = batch
    }

    func markConverting(_ item: WorkItem) {
        batches[item.batch]?.documents[item.index].state = .converting
    }

    /// Records one document's result; returns the batch's records when it was the last one.
    func finish(_ item: WorkItem, _ converted: ConvertedDocument) -> (folder: BatchFolder, converted: [ConvertedDocument])? {
        guard var batch = batches[item.batch], batch.documents.indices.contains(item.index) else { return nil }
        var document = batch.documents[item.index]
        document.converted = converted
        document.state = converted.record.outputs.isEmpty ? .failed : .converted
        document.error = converted.record.error.map { failure in
            "\(document.name)\(failure.line.map { ":\($0)" } ?? ""): \(failure.message)"
        }
        batch.documents[item.index] = document
        for output in converted.record.outputs {
            if let url = BatchFolder.url(output.path.split(separator: "/").map(String.init), below: batch.folder.outputs) {
                batch.served[output.path] = url
            }
        }
        batches[item.batch] = batch
        let finished = batch.documents.allSatisfy { $0.state == .converted || $0.state == .failed }
        return finished ? (batch.folder, batch.documents.compactMap(\.converted)) : nil
    }

    /// The batch's reports and zip are written: offer them and call the batch done.
    func complete(_ id: String, reports: [String]) {
        guard var batch = batches[id] else { return }
        for name in reports {
            if let url = BatchFolder.url([name], below: batch.folder.outputs) { batch.served[name] = url }
            batch.downloads.append(.init(name: name, url: Self.fileURL(id, name)))
        }
        batch.done = true
        batches[id] = batch
    }

    func status(_ id: String, now: Date = Date()) -> BatchStatus? {
        guard var batch = batches[id] else { return nil }
        batch.lastUsed = now
        batches[id] = batch
        let documents = batch.documents.enumerated().map { index, document in
            let record = document.converted?.record
            return BatchStatus.Document(
                index: index, name: document.name, state: document.state.rawValue,
                tables: record?.tables ?? 0, warnings: record?.warnings ?? [],
                findings: record?.findings.map(BatchStatus.FindingItem.init) ?? [], error: document.error,
                errorKind: record?.error?.kind,
                workbooks: record?.outputs.map { .init(name: $0.path, url: Self.fileURL(id, $0.path)) } ?? [],
                preview: document.converted?.workbooks.isEmpty == false ? "/api/batches/\(id)/documents/\(index)/preview" : nil)
        }
        let finished = batch.documents.filter { $0.state == .converted || $0.state == .failed }.count
        return BatchStatus(id: id, state: batch.done ? "done" : batch.started ? "converting" : "receiving",
                           total: batch.documents.count, finished: finished, documents: documents,
                           downloads: batch.downloads)
    }

    func preview(_ id: String, document index: Int) -> String? {
        guard let batch = batches[id], batch.documents.indices.contains(index),
              let converted = batch.documents[index].converted, !converted.workbooks.isEmpty else { return nil }
        return converted.workbooks.map { SheetPreview.html($0.layout, title: $0.path) }.joined()
    }

    /// The file behind a served path, if this batch offers it.
    func file(_ id: String, path: String, now: Date = Date()) -> URL? {
        guard let url = batches[id]?.served[path] else { return nil }
        batches[id]?.lastUsed = now
        return url
    }

    /// Removes batches unused for longer than the expiry, folders and all; returns their ids.
    @discardableResult
    func sweep(now: Date = Date()) -> [String] {
        let limit = TimeInterval(configuration.expirySeconds)
        let expired = batches.values.filter { now.timeIntervalSince($0.lastUsed) > limit && ($0.done || !$0.started) }
        for batch in expired {
            try? FileManager.default.removeItem(at: batch.folder.root)
            batches[batch.id] = nil
        }
        return expired.map(\.id)
    }

    func removeAll() {
        batches.removeAll()
        try? FileManager.default.removeItem(at: configuration.temporaryRoot)
    }

    static func fileURL(_ id: String, _ path: String) -> String {
        let encoded = path.split(separator: "/").map {
            $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#%"))) ?? ""
        }
        return "/batches/\(id)/files/" + encoded.joined(separator: "/")
    }
}
