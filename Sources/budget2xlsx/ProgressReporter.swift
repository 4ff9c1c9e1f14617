import BudgetBatch
import Foundation

/// Progress on stderr: a live bar on a terminal (done/total, rate, ETA, failures), plain
/// periodic lines otherwise, and the final summary. Called by the batch's one owner only.
final class ProgressReporter {
    private let total: Int
    private let interactive: Bool
    private let start = DispatchTime.now()
    private var lastPrint = DispatchTime.now()

    init(total: Int) {
        self.total = total
        interactive = isatty(STDERR_FILENO) == 1
    }

    func update(_ summary: BatchRunner.Summary) {
        let done = summary.converted + summary.skipped + summary.failed
        let now = DispatchTime.now()
        let sinceLast = Double(now.uptimeNanoseconds - lastPrint.uptimeNanoseconds) / 1e9
        let finished = done == total
        guard finished || sinceLast >= (interactive ? 0.1 : 5) else { return }
        lastPrint = now
        let elapsed = max(Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let status = "\(done)/\(total) \(String(format: "%.1f", rate)) doc/s ETA \(Self.duration(eta)) failed \(summary.failed)"
        if interactive {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            Console.errorRaw("\r\(bar) \(status)\u{1B}[K" + (finished ? "\n" : ""))
        } else {
            Console.error("progress: \(status)")
        }
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
    }
}
