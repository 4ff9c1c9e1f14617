import BudgetCore
import Foundation
import ZIPFoundation

/// One file inside a zip of exports: its name as stored and as read, and the sizes its
/// central directory claims (checked again while reading).
public struct ZipMember: Sendable, Equatable {
    public var rawName: [UInt8]
    /// UTF-8 when the archive's flag bit 11 says so, else GBK (code page 936, what Windows
    /// writes), with `\` read as `/`.
    public var name: String
    public var compressedSize: UInt64
    public var uncompressedSize: UInt64
}

public struct ZipInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A zip of exports read like a folder: members listed, checked and read in place.
public enum ZipInput {
    public static let maximumMembers = 10_000
    public static let maximumMemberSize: UInt64 = 64 << 20
    public static let maximumTotalSize: UInt64 = 1 << 30
    /// Uncompressed ÷ compressed above this, for a member over `ratioFloor` bytes, is a bomb.
    public static let maximumRatio: UInt64 = 100
    public static let ratioFloor: UInt64 = 1 << 20

    /// The archive's file members, or why the whole archive is refused (a hostile member
    /// name or size refuses it all: such an archive is not a clerk's export).
    public static func members(of archivePath: RawPath) throws(ZipInputError) -> [ZipMember] {
        let archive = try open(archivePath)
        var members: [ZipMember] = []
        var total: UInt64 = 0
        var count = 0
        for entry in archive {
            count += 1
            guard count <= maximumMembers else {
                throw ZipInputError(message: "the archive holds more than \(maximumMembers) members; refused")
            }
            let member = describe(entry)
            try checkName(member.name)
            guard entry.type == .file else { continue }
            guard member.uncompressedSize <= maximumMemberSize else {
                throw ZipInputError(message: "zip member '\(member.name)' is \(member.uncompressedSize) bytes uncompressed; more than \(maximumMemberSize) are refused")
            }
            if member.uncompressedSize > ratioFloor,
               member.uncompressedSize / max(member.compressedSize, 1) > maximumRatio {
                throw ZipInputError(message: "zip member '\(member.name)' expands \(member.uncompressedSize / max(member.compressedSize, 1)) times (\(member.compressedSize) → \(member.uncompressedSize) bytes); more than \(maximumRatio) times is refused as a zip bomb")
            }
            total += member.uncompressedSize
            guard total <= maximumTotalSize else {
                throw ZipInputError(message: "the archive's members add up to more than \(maximumTotalSize) bytes; refused")
            }
            members.append(member)
        }
        return members
    }

    /// A member's bytes, read in place; never more than its header claims.
    public static func read(_ member: ZipMember, from archivePath: RawPath) throws(ZipInputError) -> Data {
        let archive = try open(archivePath)
        guard let entry = archive.first(where: { rawName(of: $0) == member.rawName }) else {
            throw ZipInputError(message: "zip member '\(member.name)' is no longer in the archive")
        }
        let limit = min(entry.uncompressedSize, maximumMemberSize)
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(data.count + chunk.count) <= limit else { throw ZipInputError(message: "") }
                data.append(chunk)
            }
        } catch let error as ZipInputError where error.message.isEmpty {
            throw ZipInputError(message: "zip member '\(member.name)' holds more bytes than its header says (\(entry.uncompressedSize)); refused")
        } catch {
            throw ZipInputError(message: "zip member '\(member.name)' cannot be read (\(error))")
        }
        return data
    }

    static func open(_ path: RawPath) throws(ZipInputError) -> Archive {
        do {
            if path.isUTF8 {
                return try Archive(url: URL(fileURLWithPath: path.readable), accessMode: .read)
            }
            // A path Foundation cannot name: the archive's bytes, read through the byte path.
            let data = try InputSourceReader.readFile(path, shownAs: path.readable)
            return try Archive(data: data, accessMode: .read)
        } catch {
            throw ZipInputError(message: "not a readable zip archive (\(error))")
        }
    }

    static func describe(_ entry: Entry) -> ZipMember {
        let raw = rawName(of: entry)
        let name: String
        if entry.path == entry.path(using: .utf8), let utf8 = String(validating: raw, as: UTF8.self) {
            // Flag bit 11 (or an ASCII name, which reads the same either way).
            name = utf8
        } else {
            name = GB18030Text.decode(raw, lossy: true) ?? String(decoding: raw, as: UTF8.self)
        }
        return ZipMember(rawName: raw, name: name.replacingOccurrences(of: "\\", with: "/"),
                         compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize)
    }

    /// The name's bytes as stored: ISO Latin-1 maps each byte to one scalar, so it undoes.
    static func rawName(of entry: Entry) -> [UInt8] {
        entry.path(using: .isoLatin1).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    /// `../` anywhere and absolute names (`/x`, `C:/x`) would land outside the output folder.
    static func checkName(_ name: String) throws(ZipInputError) {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.hasPrefix("/") || (components.first.map { $0.count == 2 && $0.hasSuffix(":") } ?? false) {
            throw ZipInputError(message: "zip member '\(name)' has an absolute path; the archive is refused")
        }
        if components.contains("..") {
            throw ZipInputError(message: "zip member '\(name)' climbs out of the archive's folder ('..'); the archive is refused")
        }
    }
}
