@testable import CorpusGenerator
import Testing

/// The small parts the corpus rests on.
@Suite struct GeneratorPiecesTests {
    @Test func amountsHaveTwoDecimals() {
        #expect(Amount.text(1_540_798) == "15407.98")
        #expect(Amount.text(10) == "0.10")
        #expect(Amount.text(1) == "0.01")
        #expect(Amount.text(0) == "0.00")
        #expect(Amount.text(10_000_000) == "100000.00")
        #expect(Amount.cell(0, zeros: false) == "")
        #expect(Amount.cell(0, zeros: true) == "0.00")
    }

    @Test(arguments: [(1, 1), (5, 3), (7, 12), (1_000_000, 9), (10_000_000, 14)] as [(Int64, Int)])
    func splitsArePositiveAndExact(total: Int64, parts: Int) {
        var random = SeededRandom(seed: 3)
        let split = random.split(total, into: parts)
        #expect(split.reduce(0, +) == total)
        #expect(split.allSatisfy { $0 >= 1 })
        #expect(split.count == min(parts, Int(total)))
    }

    @Test func spreadAmountsStayInRange() {
        var random = SeededRandom(seed: 9)
        let amounts = (0..<2000).map { _ in random.spreadAmount(1, 10_000_000) }
        #expect(amounts.allSatisfy { (1...10_000_000).contains($0) })
        #expect(amounts.contains { $0 < 100 } && amounts.contains { $0 > 5_000_000 })
    }

    @Test func derivedStreamsAreStableAndDistinct() {
        #expect(SeededRandom.derive(1, 2, 3) == SeededRandom.derive(1, 2, 3))
        #expect(SeededRandom.derive(1, 2, 3) != SeededRandom.derive(1, 3, 2))
        #expect(SeededRandom.derive(1, 2) != SeededRandom.derive(2, 2))
    }

    @Test func chineseNumerals() {
        #expect((1...31).map(SummaryLines.chinese).suffix(3) == ["二十九", "三十", "三十一"])
        #expect(SummaryLines.chinese(11) == "十一" && SummaryLines.chinese(20) == "二十")
    }

    @Test func catalogClassesAreSummaryLines() {
        for cls in FunctionCatalog.classes {
            #expect(SummaryLines.spending.contains(cls.subject.name), "\(cls.subject.name)")
            for section in cls.sections {
                #expect(section.subject.code.count == 5 && section.subject.code.hasPrefix(cls.subject.code))
                #expect(section.items.allSatisfy { $0.code.count == 7 && $0.code.hasPrefix(section.subject.code) })
            }
        }
    }

    @Test func outOfRangeFileIsAnError() {
        let generator = CorpusGenerator(counties: 1, departmentsPerCounty: 1, seed: 1)
        #expect(throws: CorpusError.noSuchFile(index: 1, count: 1)) { try generator.file(at: 1) }
        #expect(CorpusGenerator(counties: 0, departmentsPerCounty: 5, seed: 1).fileCount == 0)
    }
}
