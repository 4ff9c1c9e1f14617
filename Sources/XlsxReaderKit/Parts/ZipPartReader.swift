import Foundation
import ZIPFoundation

/// Reads package parts (zip members) into memory while enforcing `XlsxReadLimits`.
///
/// The declared uncompressed size is checked first, and the bytes actually inflated are
/// counted again while extracting, because a hostile zip can lie about its sizes.
final class ZipPartReader {
    private let archive: Archive
    private let limits: XlsxReadLimits
    /// Member paths as stored, plus a lower-cased index: OPC part names are case-insensitive.
    private var entries: [String: Entry] = [:]
    private var entriesLowercased: [String: Entry] = [:]
    private var totalBytesRead = 0

    init(url: URL, limits: XlsxReadLimits) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw XlsxReadError("file not found")
        }
        guard !isDirectory.boolValue else { throw XlsxReadError("is a directory, not an .xlsx file") }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XlsxReadError("not a zip archive (\(error))")
        }
        self.limits = limits
        for entry in archive {
            let path = Self.normalize(entry.path)
            if entries[path] == nil { entries[path] = entry }
            let lower = path.lowercased()
            if entriesLowercased[lower] == nil { entriesLowercased[lower] = entry }
        }
        guard !entries.isEmpty else { throw XlsxReadError("zip archive has no members") }
    }

    private static func normalize(_ path: String) -> String {
        path.hasPrefix("/") ? String(path.dropFirst()) : path
    }

    func contains(_ path: String) -> Bool { entry(for: path) != nil }

    private func entry(for path: String) -> Entry? {
        let path = Self.normalize(path)
        return entries[path] ?? entriesLowercased[path.lowercased()]
    }

    /// The member's bytes, or nil when the package has no such member.
    func read(_ path: String) throws -> Data? {
        guard let entry = entry(for: path) else { return nil }
        guard entry.type == .file else { throw XlsxReadError(part: path, "is not a regular file in the zip") }

        let declared = entry.uncompressedSize
        guard declared <= UInt64(limits.maxMemberBytes) else {
            throw XlsxReadError(part: path, "declares \(declared) bytes uncompressed, over the per-member limit of \(limits.maxMemberBytes) bytes")
        }
        guard totalBytesRead + Int(declared) <= limits.maxTotalBytes else {
            throw XlsxReadError(part: path, "would bring the uncompressed total over the limit of \(limits.maxTotalBytes) bytes")
        }

        var data = Data()
        data.reserveCapacity(Int(declared))
        let memberLimit = limits.maxMemberBytes
        let totalLeft = limits.maxTotalBytes - totalBytesRead
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // Stop inflating as soon as a limit is crossed: never hold more than the limit.
                guard data.count + chunk.count <= memberLimit else {
                    throw XlsxReadError(part: path, "inflates past the per-member limit of \(memberLimit) bytes (declared \(declared); possible zip bomb)")
                }
                guard data.count + chunk.count <= totalLeft else {
                    throw XlsxReadError(part: path, "inflates past the total limit of \(self.limits.maxTotalBytes) bytes (possible zip bomb)")
                }
                data.append(chunk)
            }
        } catch let error as XlsxReadError {
            throw error
        } catch {
            throw XlsxReadError(part: path, "cannot extract from zip (\(error))")
        }
        guard UInt64(data.count) == declared else {
            throw XlsxReadError(part: path, "inflated to \(data.count) bytes but declares \(declared)")
        }
        totalBytesRead += data.count
        return data
    }
}
