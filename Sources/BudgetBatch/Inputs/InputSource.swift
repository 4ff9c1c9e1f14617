import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a document's bytes are: a file (its path as bytes, which need not be UTF-8), or a
/// member of a zip read in place, never extracted to disk. Indirect: a job holds one only for
/// the few inputs that need it, and inline it would widen every job by some fifty bytes.
public indirect enum InputSource: Sendable, Equatable {
    case file(RawPath)
    case zipMember(archive: RawPath, member: ZipMember)
    /// An input found but refused before reading (a hostile zip), with why.
    case refused(RawPath, reason: String)
}

/// Reads an input source's bytes, with the failures `SourceFile.load` gives for a URL.
public enum InputSourceReader {
    /// A job's bytes: its source when it has one, else its input path.
    public static func bytes(of job: ConversionJob) throws(ConversionFailure) -> Data {
        guard let source = job.source else { return try SourceFile.load(job.input) }
        return try bytes(of: source, shownAs: job.input.path)
    }

    public static func bytes(of source: InputSource, shownAs file: String) throws(ConversionFailure) -> Data {
        switch source {
        case .file(let path):
            return try readFile(path, shownAs: file)
        case .zipMember(let archive, let member):
            do {
                return try ZipInput.read(member, from: archive)
            } catch {
                throw ConversionFailure(file: file, kind: .unreadable, message: error.description)
            }
        case .refused(_, let reason):
            throw ConversionFailure(file: file, kind: .unreadable, message: reason)
        }
    }

    static func readFile(_ path: RawPath, shownAs file: String) throws(ConversionFailure) -> Data {
        guard let opened = RawDirectoryWalker.withCString(path.bytes, { open($0, O_RDONLY) }), opened >= 0 else {
            let missing = errno == ENOENT
            let reason = missing ? "no such file" : "cannot read the file (\(String(cString: strerror(errno))))"
            throw ConversionFailure(file: file, kind: missing ? .missing : .unreadable, message: reason)
        }
        defer { close(opened) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(opened, $0.baseAddress, $0.count) }
            if count < 0 {
                throw ConversionFailure(file: file, kind: .unreadable,
                                        message: "cannot read the file (\(String(cString: strerror(errno))))")
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }
}
