import BudgetCore
import Foundation
@testable import MarkupReaders
import CorpusGenerator
import Testing
import TestSupport

/// Damaged pages and documents (bytes flipped, cut, duplicated; deterministic seeds) never trap:
/// each is read or refused with a MarkupReadError, and whatever is read assembles.
@Suite struct MutationTests {
    static func page() throws -> (html: Data, docx: Data) {
        let document = try DocumentReader.read(try SampleExport.bytes())
        var small = document
        small.tables = Array(document.tables.prefix(4))
        small.narrative = Array(document.narrative.prefix(3))
        let blocks = SampleModel.blocks(of: small, layout: .disclosurePage)
        return (Data(MarkupWriters.html(blocks).utf8), try MarkupWriters.docx(documentXML: MarkupWriters.documentXML(blocks)))
    }

    static func mutate(_ data: Data, random: inout SplitMix64) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        switch random.next() % 4 {
        case 0:
            for _ in 0..<(1 + Int(random.next() % 8)) {
                bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
            }
        case 1:
            bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
        case 2:
            let start = Int(random.next() % UInt64(bytes.count))
            let length = min(Int(random.next() % 400), bytes.count - start)
            bytes.insert(contentsOf: bytes[start..<(start + length)], at: Int(random.next() % UInt64(bytes.count)))
        default:
            let start = Int(random.next() % UInt64(bytes.count))
            bytes.removeSubrange(start..<min(bytes.count, start + Int(random.next() % 200)))
        }
        return Data(bytes)
    }

    @Test func damagedPagesAndDocumentsNeverTrap() throws {
        let (html, docx) = try Self.page()
        var random = SplitMix64(seed: 10)
        var read = 0, refused = 0
        for iteration in 0..<400 {
            let original = iteration % 2 == 0 ? html : docx
            let name = iteration % 2 == 0 ? "m.html" : "m.docx"
            let damaged = Self.mutate(original, random: &random)
            do {
                let structured = try MarkupReader.read(data: damaged, fileName: name)
                _ = WorkbookPlanner.plan(StructuredAssembler.assemble(structured), sourceName: name)
                read += 1
            } catch {
                #expect(error.fileName == name && !error.message.isEmpty)
                refused += 1
            }
        }
        #expect(read + refused == 400)
        #expect(read > 0 && refused > 0)
    }
}
