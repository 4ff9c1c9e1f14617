import BudgetCore
import CorpusGenerator
import Testing

/// Deliberately bad files fail the way their manifest entry says.
@Suite struct BrokenFileTests {
    static func failure(_ bytes: [UInt8]) -> DocumentFailure? {
        do {
            _ = try DocumentReader.read(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: TestCorpus.seeds)
    func brokenFilesFailAsRecorded(seed: UInt64) throws {
        let broken = try TestCorpus.files(seed: seed).filter { $0.entry.expectedFailure != nil }
        #expect(broken.count == 5)  // round(0.45 × 12), one of each kind
        #expect(Set(broken.compactMap(\.entry.expectedFailure)) == Set(BrokenKind.allCases))
        for file in broken {
            let path = file.entry.path
            let failure = Self.failure(file.bytes)
            switch file.entry.expectedFailure {
            case .empty:
                #expect(failure == .decoding(.empty), "\(path)")
            case .binary:
                guard case .decoding(.binary) = failure else { Issue.record("\(path): \(String(describing: failure))"); continue }
            case .invalidBytes:
                guard case .decoding(.invalidBytes) = failure else { Issue.record("\(path): \(String(describing: failure))"); continue }
            case .noTable:
                guard case .noTable = failure else { Issue.record("\(path): \(String(describing: failure))"); continue }
            case .truncated:
                #expect(failure == nil, "\(path)")
                let document = try DocumentReader.read(file.bytes)
                let cutOff = document.allWarnings.filter { $0.message.hasPrefix("the file ends inside this table") }
                #expect(cutOff.map(\.line) == [file.entry.truncatedRowLine].compactMap { $0 }, "\(path): \(document.allWarnings)")
            case nil:
                break
            }
        }
    }

    /// Invalid bytes are only invalid: read leniently, the rest of the export is there.
    @Test func invalidBytesAreReadableLossily() throws {
        for file in try TestCorpus.files(seed: 1) where file.entry.expectedFailure == .invalidBytes {
            let document = try DocumentReader.read(file.bytes, lossy: true)
            #expect(document.allWarnings.contains { $0.message.contains("replaced by U+FFFD") })
            #expect(document.tables.count >= file.expectedTables.count - 1)
        }
    }
}
