import Foundation
import Testing

/// Runs the built `budget2xlsx` executable, for what only the command line shows: exit codes,
/// signals, stdout/stderr.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: URL {
        // .build/<triple>/debug/budget2xlsx sits beside the test bundle.
        var url = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent("budget2xlsx")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/budget2xlsx")
    }

    /// `environment` adds to (or replaces entries of) the test's own environment, e.g. a PATH
    /// with a fake tool first.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = try start(arguments, stdin: stdin, environment: environment)
        let out = process.stdout.fileHandleForReading.readDataToEndOfFile()
        let err = process.stderr.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return Result(status: process.process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    struct Running {
        var process: Process
        var stdout: Pipe
        var stderr: Pipe
    }

    static func start(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        return Running(process: process, stdout: out, stderr: err)
    }

    /// What a running command has written to standard error by the time it writes `text`, ends
    /// or `timeout` seconds pass: a test waits for a state the command announces instead of
    /// guessing how long it takes to reach it.
    static func standardError(of run: Running, until text: String, timeout: TimeInterval) -> String {
        let handle = run.stderr.fileHandleForReading
        let deadline = Date(timeIntervalSinceNow: timeout)
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains(text) {
            let left = deadline.timeIntervalSinceNow
            var ready = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard left > 0, poll(&ready, 1, Int32(left * 1000)) > 0 else { break }
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        return String(decoding: seen, as: UTF8.self)
    }
}
