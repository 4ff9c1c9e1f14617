import ArgumentParser
import BudgetServer
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a page where clerks drop exports in a browser and get workbooks, findings and previews.",
        discussion: "Binds 127.0.0.1 (this computer only) unless --host says otherwise. SIGTERM or Ctrl-C stops it and removes every uploaded file.")

    @Option(help: "Address to listen on; anything but a loopback address is reachable from the network.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "Largest single file, in MB (a .zip may be as large as --max-upload-mb).")
    var maxFileMb = 20

    @Option(help: "Largest upload of one batch in MB, zip contents included.")
    var maxUploadMb = 200

    @Option(help: "Most documents in one upload.")
    var maxFiles = 500

    @Option(help: "Minutes after its last use an upload's folder is removed.")
    var expiryMinutes = 60

    @Option(help: "Documents converted at the same time (the default is the number of cores).")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Documents that may wait for a worker, over all uploads.")
    var queue = 5000

    @Option(help: "Folder for the uploads' folders (default: a new folder in the system's temporary folder).")
    var temporaryFolder: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be in 0...65535") }
        guard maxFileMb >= 1, maxUploadMb >= 1, maxFiles >= 1 else {
            throw ValidationError("--max-file-mb, --max-upload-mb and --max-files must be at least 1")
        }
        guard expiryMinutes >= 1 else { throw ValidationError("--expiry-minutes must be at least 1") }
        guard workers >= 1, queue >= 1 else { throw ValidationError("--workers and --queue must be at least 1") }
    }

    func run() async throws {
        let configuration = ServerConfiguration(
            host: host, port: port, maxFileBytes: maxFileMb << 20, maxBatchBytes: maxUploadMb << 20,
            maxFiles: maxFiles, expirySeconds: expiryMinutes * 60, workers: workers, queueCapacity: queue,
            temporaryRoot: temporaryFolder.map { URL(fileURLWithPath: $0).appendingPathComponent("budget2xlsx-serve-\(ProcessInfo.processInfo.processIdentifier)") })
        if !ServerConfiguration.isLoopback(host) {
            Console.error("warning: listening on \(host): anyone who can reach this computer on the network can use the page and see what others upload")
        }
        let shownHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        do {
            try await BudgetServer.run(configuration) { port in
                let address = shownHost.contains(":") ? "[\(shownHost)]" : shownHost
                Console.output("budget2xlsx serve: open http://\(address):\(port)/ in a browser (Ctrl-C to stop)")
                if shownHost != host {
                    Console.output("other computers open http://<this computer's address>:\(port)/")
                }
                Console.output("uploads are kept in \(configuration.temporaryRoot.path) and removed after \(expiryMinutes) minutes unused")
            }
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(ExitCodes.cannotCreate)
        }
        Console.error("stopped; uploaded files removed")
    }
}
