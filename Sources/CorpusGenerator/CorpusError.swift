/// Why a corpus could not be written.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    case encodingFailed(String)
    case writeFailed(path: String, reason: String)
    case noSuchFile(index: Int, count: Int)

    public var description: String {
        switch self {
        case .encodingFailed(let encoding): return "could not encode an export as \(encoding)"
        case .writeFailed(let path, let reason): return "could not write \(path): \(reason)"
        case .noSuchFile(let index, let count): return "no file \(index) in a corpus of \(count)"
        }
    }
}
