import Foundation

enum Console {
    static func error(_ line: String) {
        errorRaw(line + "\n")
    }

    static func errorRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

/// Documented exit codes (README): sysexits-style for usage and I/O problems.
enum ExitCodes {
    static let ok: Int32 = 0
    static let someFailed: Int32 = 1
    static let usage: Int32 = 64
    static let noInput: Int32 = 66
    static let cannotWrite: Int32 = 73
    static let interrupted: Int32 = 130
}
