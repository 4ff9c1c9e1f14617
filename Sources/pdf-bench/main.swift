import Foundation
import PDFExtraction

// Reads each PDF given on the command line several times and prints pages per second and
// the share of the time spent waiting for mutool. Run by hand on one core:
//   swift build -c release --product pdf-bench && taskset -c 0 .build/release/pdf-bench Samples/pdf/*.pdf
// CPU seconds (user + system) of this process or of its finished children (mutool): on a
// loaded machine wall time says little.
func cpuSeconds(_ who: Int32) -> Double {
    var usage = rusage()
    getrusage(who == 0 ? RUSAGE_SELF.rawValue : RUSAGE_CHILDREN.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

let arguments = Array(CommandLine.arguments.dropFirst())
let rounds = 10
for path in arguments {
    let url = URL(fileURLWithPath: path)
    var pages = 0, tool = 0.0
    let started = Date()
    let (selfBefore, childrenBefore) = (cpuSeconds(0), cpuSeconds(1))
    do {
        for _ in 0..<rounds {
            let result = try PDFTableReader.read(url: url)
            pages += result.pageCount
            tool += result.toolSeconds
        }
    } catch {
        print("\(path): \(error)")
        continue
    }
    let total = Date().timeIntervalSince(started)
    let swiftCPU = cpuSeconds(0) - selfBefore, toolCPU = cpuSeconds(1) - childrenBefore
    let cpu = swiftCPU + toolCPU
    print(String(format: "%@: %d pages; wall %.3f s (%.0f pages/s, mutool %.0f%%); CPU %.3f s (%.0f pages/s, %.1f ms/page, mutool %.0f%%)",
                 url.lastPathComponent, pages, total, Double(pages) / total, 100 * tool / total,
                 cpu, Double(pages) / cpu, 1000 * cpu / Double(pages), 100 * toolCPU / cpu))
}
