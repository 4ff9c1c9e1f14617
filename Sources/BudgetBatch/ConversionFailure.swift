import BudgetCore
import Foundation
import XlsxWriterKit

/// Why one document was not converted: always names the file, and the line or byte offset
/// when there is one.
public struct ConversionFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case missing, unreadable, empty, binary, encoding, noTable, unknownShape, malformed, tooLarge
        /// The workbook (or its folder) could not be created.
        case output
        /// The workbook could not be written out (an I/O error such as a full disk).
        case writeFailed
        /// Converted, but failed by --strict for its table findings.
        case findings
    }

    public var file: String
    public var line: Int?
    public var kind: Kind
    public var message: String

    public init(file: String, line: Int? = nil, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.kind = kind
        self.message = message
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }

    public static func from(_ failure: DocumentFailure, file: String) -> ConversionFailure {
        switch failure {
        case .decoding(.empty): return ConversionFailure(file: file, kind: .empty, message: failure.description)
        case .decoding(.binary): return ConversionFailure(file: file, kind: .binary, message: failure.description)
        case .decoding: return ConversionFailure(file: file, kind: .encoding, message: failure.description)
        case .noTable: return ConversionFailure(file: file, kind: .noTable, message: failure.description)
        case .unknownShape: return ConversionFailure(file: file, kind: .unknownShape, message: failure.description)
        case .unreadableShape(_, let message):
            // The reader names the file itself; say it once.
            let name = (file as NSString).lastPathComponent
            let plain = message.hasPrefix(name + ": ") ? String(message.dropFirst(name.count + 2)) : message
            return ConversionFailure(file: file, kind: .malformed, message: plain)
        }
    }

    public static func from(_ error: XlsxWriteError, file: String) -> ConversionFailure {
        switch error.reason {
        case .invalidLayout: return ConversionFailure(file: file, kind: .tooLarge, message: error.description)
        case .file: return ConversionFailure(file: file, kind: .output, message: error.description)
        case .library: return ConversionFailure(file: file, kind: .writeFailed, message: error.description)
        }
    }
}
