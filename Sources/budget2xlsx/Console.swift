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
