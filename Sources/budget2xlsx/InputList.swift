import ArgumentParser
import Foundation

/// `--files-from FILE` (or `-`): one path per line, blank lines ignored.
enum InputList {
    static func read(_ source: String) throws -> [String] {
        let data: Data
        if source == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: source))
            } catch {
                Console.error("error: cannot read --files-from \(source): \(error.localizedDescription)")
                throw ExitCode(ExitCodes.noInput)
            }
        }
        return String(decoding: data, as: UTF8.self)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
