import Foundation
import ZIPFoundation

/// The zip of a .docx, read in memory with limits: a member's declared size, its ratio to the
/// compressed size (a zip bomb), the bytes actually inflated (a member lying about its size)
/// and the total read.
struct DocxPackage {
    /// Members this small may compress at any ratio (repetitive XML does).
    static let ratioExemptBytes: UInt64 = 1 << 20

    private let archive: Archive
    private let fileName: String
    private let limits: MarkupLimits
    private var totalRead = 0

    init(_ data: Data, fileName: String, limits: MarkupLimits) throws(MarkupReadError) {
        // Read through a file, not ZIPFoundation's in-memory archive: on Linux that one traps
        // (a negative range in MemoryFile.readData) when a damaged zip points past its end,
        // where a file simply reads nothing (found by Fuzz/run-markup). The file is unlinked
        // as soon as the archive has it open, so nothing is left behind.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("budget2xlsx-docx-\(UUID().uuidString).zip")
        do {
            try data.write(to: url)
        } catch {
            throw MarkupReadError(fileName: fileName, "cannot stage the zip for reading (\(error))")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw MarkupReadError(fileName: fileName, "not a readable zip archive (a .docx is one): \(error)")
        }
        self.fileName = fileName
        self.limits = limits
    }

    /// A member's bytes, nil when the package has none by that path.
    mutating func read(_ path: String) throws(MarkupReadError) -> Data? {
        guard let entry = archive[path] ?? archive.first(where: { $0.path.lowercased() == path.lowercased() }) else {
            return nil
        }
        guard entry.type == .file else { throw MarkupReadError(fileName: fileName, "\(path): not a file in the zip") }
        let declared = entry.uncompressedSize
        let compressed = entry.compressedSize
        guard declared <= UInt64(limits.maxMemberBytes) else {
            throw MarkupReadError(fileName: fileName,
                "\(path): declares \(declared) bytes uncompressed, over the limit of \(limits.maxMemberBytes) bytes")
        }
        if declared > Self.ratioExemptBytes, declared / max(compressed, 1) > UInt64(limits.maxCompressionRatio) {
            throw MarkupReadError(fileName: fileName,
                "\(path): compresses \(declared / max(compressed, 1)):1 (\(compressed) bytes to \(declared)), over the limit of \(limits.maxCompressionRatio):1; possible zip bomb")
        }
        guard totalRead + Int(declared) <= limits.maxTotalBytes else {
            throw MarkupReadError(fileName: fileName, "\(path): the members read would pass \(limits.maxTotalBytes) bytes in total")
        }
        var data = Data()
        data.reserveCapacity(Int(declared))
        let name = fileName
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // Count what really inflates: never hold more than the member said it holds.
                guard UInt64(data.count + chunk.count) <= declared else {
                    throw MarkupReadError(fileName: name,
                        "\(path): inflates past its declared size of \(declared) bytes (the zip lies about its size)")
                }
                data.append(chunk)
            }
        } catch let error as MarkupReadError {
            throw error
        } catch {
            throw MarkupReadError(fileName: fileName, "\(path): cannot be extracted (\(error))")
        }
        guard UInt64(data.count) == declared else {
            throw MarkupReadError(fileName: fileName,
                "\(path): inflates to \(data.count) bytes but declares \(declared) (the zip lies about its size)")
        }
        totalRead += data.count
        return data
    }
}
