import Foundation
import ZIPFoundation

/// A `.zip` of exports unpacked into the batch's input folder, refusing what could harm the
/// server: members that would land outside the folder (`../`, absolute names), too many
/// members, and members or totals larger than the limits, counted on the bytes actually
/// inflated (a bomb can lie in its headers).
struct ZipExpander {
    struct Refusal: Error, CustomStringConvertible {
        var reason: String
        var isTooLarge: Bool
        var description: String { reason }
    }

    var maxMembers: Int
    var maxMemberBytes: Int
    var maxTotalBytes: Int
    /// A member inflating to more than this many times its compressed size is a bomb.
    var maxRatio = 200

    /// Unpacks into `folder/prefix…`; returns the members' relative paths (below `folder`).
    /// On refusal nothing of the zip is left behind.
    func expand(_ zip: URL, into folder: URL, prefix: [String]) throws(Refusal) -> [[String]] {
        let archive: Archive
        do {
            archive = try Archive(url: zip, accessMode: .read)
        } catch {
            throw Refusal(reason: "not a readable zip archive", isTooLarge: false)
        }
        var members: [(entry: Entry, path: [String])] = []
        for entry in archive where entry.type == .file {
            let path: [String]
            do {
                path = try UploadName.components(of: entry.path)
            } catch {
                throw Refusal(reason: "member \"\(entry.path)\" would be written outside the upload folder", isTooLarge: false)
            }
            if UploadName.isClutter(path) || UploadName.isZip(path.last ?? "") { continue }
            members.append((entry, path))
            if members.count > maxMembers {
                throw Refusal(reason: "more than \(maxMembers) files in the zip", isTooLarge: true)
            }
        }
        var written: [URL] = []
        var total = 0
        do {
            for member in members {
                let target = prefix.reduce(folder) { $0.appendingPathComponent($1) }
                let url = member.path.reduce(target) { $0.appendingPathComponent($1) }
                guard url.standardizedFileURL.path.hasPrefix(folder.standardizedFileURL.path + "/") else {
                    throw Refusal(reason: "member \"\(member.entry.path)\" would be written outside the upload folder", isTooLarge: false)
                }
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: url.path, contents: nil),
                      let handle = try? FileHandle(forWritingTo: url) else {
                    throw Refusal(reason: "cannot store member \"\(member.entry.path)\"", isTooLarge: false)
                }
                written.append(url)
                defer { try? handle.close() }
                let compressed = max(Int(member.entry.compressedSize), 1)
                var size = 0
                _ = try archive.extract(member.entry, skipCRC32: false) { chunk in
                    size += chunk.count
                    total += chunk.count
                    if size > maxMemberBytes || total > maxTotalBytes {
                        throw Refusal(reason: "member \"\(member.entry.path)\" inflates beyond the upload limit", isTooLarge: true)
                    }
                    if size > 1 << 20, size / compressed > maxRatio {
                        throw Refusal(reason: "member \"\(member.entry.path)\" is compressed more than \(maxRatio):1 (a zip bomb?)", isTooLarge: true)
                    }
                    try handle.write(contentsOf: chunk)
                }
            }
        } catch let refusal as Refusal {
            written.forEach { try? FileManager.default.removeItem(at: $0) }
            throw refusal
        } catch {
            written.forEach { try? FileManager.default.removeItem(at: $0) }
            throw Refusal(reason: "the zip archive is damaged (\(error.localizedDescription))", isTooLarge: false)
        }
        return members.map { prefix + $0.path }
    }
}
