import BudgetCore
import Foundation
import Testing
@testable import PDFExtraction

@Suite struct DebugDump {
    @Test func page() throws {
        let env = ProcessInfo.processInfo.environment
        guard let name = env["PDF_DEBUG_FILE"], let pageNumber = env["PDF_DEBUG_PAGE"].flatMap(Int.init) else { return }
        let content = try PDFTableReader.readPages(url: SampleFiles.pdf(name))
        let last = env["PDF_DEBUG_LAST"].flatMap(Int.init) ?? pageNumber
        let result = PDFDocumentBuilder.build(Array(content.pages[(pageNumber - 1)..<last]))
        print(result.warnings)
        for block in result.document.blocks {
            switch block {
            case .paragraph(let p): print("P: \(p.text)")
            case .grid(let g):
                print("G \(g.rowCount)x\(g.columnCount)")
                for c in g.cells { print("  \(c.row),\(c.column) \(c.rowSpan)x\(c.columnSpan) \(c.text)") }
            }
        }
    }
}
