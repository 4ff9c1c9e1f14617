import BudgetCore
import BudgetVerification
import Foundation
import SpreadsheetModel
import Testing

/// Every input in Fuzz/corpus (the seeds, the crash reproducer and the verify findings F1–F9)
/// through ConversionPipeline, strictly and lossily, with the fuzz target's pipeline
/// invariants — without sanitizers, so CI replays the corpus on every run.
@Suite struct FuzzCorpusReplayTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz").appendingPathComponent("corpus")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix(".") }.sorted()

    /// An emptied or moved corpus must fail here, not replay nothing.
    @Test func corpusIsThere() {
        #expect(Self.names.count >= 100)
        #expect(Self.names.contains("crash-cents-20-digit-amount"))
        #expect(Self.names.filter { $0.hasPrefix("repro-F") }.count == 10)
    }

    @Test(arguments: names) func replay(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))

        // Decoding both ways: a strict success is the lossy result, with no replacements.
        let strictText = try? SourceDecoder.decode(bytes, lossy: false)
        let lossyText = try? SourceDecoder.decode(bytes, lossy: true)
        if let strictText {
            let lossyText = try #require(lossyText, "\(name): strict decoding succeeded, lossy failed")
            #expect(lossyText.text == strictText.text && lossyText.encoding == strictText.encoding)
            #expect(strictText.replacements == 0 && lossyText.replacements == 0)
        }

        // The pipeline both ways: it refuses only what decoding refuses or what has no table, and
        // a strict success plans the same workbooks as the lossy run.
        let strict = try? ConversionPipeline.run(bytes, sourceName: name, options: ConversionOptions(lossy: false))
        let lossy = try? ConversionPipeline.run(bytes, sourceName: name, options: ConversionOptions(lossy: true))
        if strictText == nil { #expect(strict == nil, "\(name): converted although strict decoding fails") }
        if let strict {
            let lossy = try #require(lossy, "\(name): strict conversion succeeded, lossy failed")
            #expect(strict.departments.map(\.layout.sheets) == lossy.departments.map(\.layout.sheets))
        }
        guard let text = lossyText?.text else {
            #expect(lossy == nil, "\(name): converted although lossy decoding fails")
            return
        }
        guard let export = lossy else {
            #expect(DocumentReader.read(text: text).tables.isEmpty, "\(name): has tables but was refused")
            return
        }

        // Each department: its layout well-formed, and what verify would accept.
        #expect(!export.departments.isEmpty)
        for department in export.departments {
            let layout = department.layout
            #expect(layout.sheets.count == department.document.tables.count + (department.document.narrative.isEmpty ? 0 : 1))
            #expect(Set(layout.sheets.map { $0.name.lowercased() }).count == layout.sheets.count, "\(name): duplicate sheet names")
            for sheet in layout.sheets {
                #expect(!sheet.name.isEmpty && sheet.name.utf16.count <= 31)
                #expect(throws: Never.self, "\(name): merges of sheet '\(sheet.name)'") {
                    try MergeValidator.check(sheet.merges.map(\.range))
                }
                let positions = sheet.cells.map { CellAddress(row: $0.row, column: $0.column) }
                #expect(Set(positions).count == positions.count, "\(name): two cells at one position on '\(sheet.name)'")
            }
            let snapshot = WorkbookSnapshot(planned: layout)
            let narrativeSheet = department.document.narrative.isEmpty ? nil : layout.sheets.last?.name
            let differences = FaithfulnessCheck.differences(tokens: DocumentReader.tokens(text: text, shape: nil), lines: department.lines,
                                                            workbook: snapshot,
                                                            narrativeSheet: narrativeSheet)
                + LayoutComparison.differences(expected: layout, actual: snapshot)
            #expect(differences == [], "\(name): verify would reject department \(department.index)")
            for finding in department.report.findings {
                #expect(finding.line >= 0 && finding.line <= export.document.lineCount + 1,
                        "\(name): finding on line \(finding.line) of \(export.document.lineCount)")
            }
        }
    }
}
