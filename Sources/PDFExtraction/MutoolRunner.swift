import Foundation

/// Runs `mutool` (Debian package mupdf-tools) as a subprocess: a crashing or hanging PDF
/// takes down only the tool, and a timeout ends it. Output goes to temporary files (pipes
/// fill up and stall a large document), removed afterwards.
struct MutoolRunner {
    let executable: URL
    let timeout: TimeInterval
    var temporaryDirectory: URL?

    struct Outcome {
        var status: Int32
        /// Ended by a signal (a crash), not by exiting.
        var crashed = false
        var output: [UInt8]
        var errors: String
    }

    enum Failure: Error {
        case timedOut
        case cannotStart(String)
        case cannotReadOutput(String)
    }

    /// The tool on PATH (or the given path), nil when absent.
    static func locate(_ explicitPath: String?) -> URL? {
        let fileManager = FileManager.default
        if let explicitPath {
            return fileManager.isExecutableFile(atPath: explicitPath) ? URL(fileURLWithPath: explicitPath) : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/mutool"
            if fileManager.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }

    /// `mutool -v` prints e.g. `mutool version 1.21.1` on standard error.
    func version() throws -> String {
        let outcome = try run(["-v"], producesFile: false)
        let text = outcome.errors.split(whereSeparator: \.isNewline).first { $0.contains("version") }
        return text.map { String($0).trimmingCharacters(in: .whitespaces) } ?? "mutool (version unknown)"
    }

    /// Runs `mutool draw -q -F <format> [options] -o <temp> <pdf> <pages>` and returns what it wrote.
    func draw(format: String, options: [String], pdf: URL, pages: String) throws -> Outcome {
        try run(["draw", "-q", "-F", format] + options + ["-o", "{output}", pdf.path, pages], producesFile: true)
    }

    private func run(_ arguments: [String], producesFile: Bool) throws -> Outcome {
        let fileManager = FileManager.default
        let directory = (temporaryDirectory ?? fileManager.temporaryDirectory).appendingPathComponent("budget2xlsx-pdf-\(UUID().uuidString)")
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotStart("cannot create a temporary folder: \(error.localizedDescription)")
        }
        defer { try? fileManager.removeItem(at: directory) }
        let outputFile = directory.appendingPathComponent("out.xml")
        let errorFile = directory.appendingPathComponent("stderr.txt")
        _ = fileManager.createFile(atPath: errorFile.path, contents: nil)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments.map { $0 == "{output}" ? outputFile.path : $0 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard let errorHandle = try? FileHandle(forWritingTo: errorFile) else {
            throw Failure.cannotStart("cannot open a temporary file")
        }
        defer { try? errorHandle.close() }
        process.standardError = errorHandle

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw Failure.cannotStart(error.localizedDescription)
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw Failure.timedOut
        }
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        var output: [UInt8] = []
        if producesFile, process.terminationStatus == 0, process.terminationReason == .exit {
            do {
                output = [UInt8](try Data(contentsOf: outputFile))
            } catch {
                throw Failure.cannotReadOutput(error.localizedDescription)
            }
        }
        return Outcome(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                       output: output, errors: errors)
    }
}
