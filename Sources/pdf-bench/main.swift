import Foundation
import PDFExtraction

// Reads each PDF given on the command line several times and prints pages per second and
// the share of the time spent waiting for mutool. Run by hand on one core:
//   swift build -c release --product pdf-bench && taskset -c 0 .build/release/pdf-bench Samples/pdf/*.pdf
let arguments = Array(CommandLine.arguments.dropFirst())
let rounds = 10
for path in arguments {
    let url = URL(fileURLWithPath: path)
    var pages = 0, tool = 0.0
    let started = Date()
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
    print(String(format: "%@: %d pages in %.3f s: %.0f pages/s, %.1f ms/page, mutool %.0f%% of the time",
                 url.lastPathComponent, pages, total, Double(pages) / total, 1000 * total / Double(pages), 100 * tool / total))
}
