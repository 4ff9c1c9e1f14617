import BudgetCore
import Foundation
import Testing
@testable import PDFExtraction

@Suite("PDF samples against their transcriptions")
struct SampleTranscriptionTests {
    static func comparison(_ name: String) throws -> (CellComparison, PDFReadResult) {
        let result = try PDFTableReader.read(url: SampleFiles.pdf(name))
        let transcription = try SampleFiles.transcription(name)
        var comparison = CellComparison()
        for table in transcription.tables {
            guard let grid = result.document.grid(titled: table.title) else {
                comparison.total += table.rows.reduce(0) { $0 + $1.count }
                comparison.differences.append("\(table.title): no grid under this title")
                continue
            }
            comparison.compare(table, with: grid)
        }
        return (comparison, result)
    }

    @Test func dump() throws {
        for name in ["jiangsu_zhengxie_2019", "shanghai_putuo_wanli_2024"] {
            let (comparison, result) = try Self.comparison(name)
            print("\(name): \(comparison.matched)/\(comparison.total) warnings \(result.warnings)")
            for difference in comparison.differences { print("  " + difference) }
        }
    }
}
