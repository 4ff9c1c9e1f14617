import Testing
@testable import BudgetCore

@Suite("PDF rules from paths")
struct PDFRuleTests {
    static func point(_ x: Double, _ y: Double) -> PDFPoint { PDFPoint(x: x, y: y) }
    static func rect(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> [PDFPoint] {
        [point(minX, minY), point(maxX, minY), point(maxX, maxY), point(minX, maxY), point(minX, minY)]
    }

    @Test func strokesNearlyAxisAlignedAreRulesDiagonalsAreNot() {
        let rules = RuleExtractor.rules(from: [
            PDFPath(paint: .stroke(lineWidth: 0.24), subpaths: [[Self.point(10, 20), Self.point(110, 20.3)]]),
            PDFPath(paint: .stroke(lineWidth: 0.24), subpaths: [[Self.point(10, 20), Self.point(10.2, 90)]]),
            PDFPath(paint: .stroke(lineWidth: 0.24), subpaths: [[Self.point(10, 20), Self.point(50, 60)]]),
        ])
        #expect(rules == [
            RulingLine(.horizontal, at: 20.15, from: 10, to: 110),
            RulingLine(.vertical, at: 10.1, from: 20, to: 90),
        ])
    }

    @Test func thinFillIsOneRuleThickFillItsEdgesWhiteAndCurvesNothing() {
        let rules = RuleExtractor.rules(from: [
            PDFPath(paint: .fill, subpaths: [Self.rect(10, 99.52, 200, 100.48)]),
            PDFPath(paint: .fill, subpaths: [Self.rect(0, 0, 300, 400)], isWhite: true),
            PDFPath(paint: .fill, subpaths: [Self.rect(5, 5, 8, 9)], hasCurves: true),
            PDFPath(paint: .fill, subpaths: [Self.rect(20, 30, 60, 50)]),
        ])
        #expect(rules.count == 5)
        #expect(rules.first == RulingLine(.horizontal, at: 100, from: 10, to: 200))
        #expect(rules.dropFirst().filter { $0.orientation == .vertical }.map(\.position) == [20, 60])
    }

    @Test func excelDoubleDrawnRulesMergeAndPiecesJoin() {
        let merged = RuleMerger.merge([
            RulingLine(.horizontal, at: 100, from: 10, to: 200),     // 0.24 pt stroke
            RulingLine(.horizontal, at: 100.36, from: 9.5, to: 200.5), // 0.96 pt fill
            RulingLine(.horizontal, at: 300, from: 10, to: 100),
            RulingLine(.horizontal, at: 300, from: 101.5, to: 200),   // gap 1.5: joined
            RulingLine(.horizontal, at: 300, from: 205, to: 260),     // gap 5: separate
            RulingLine(.vertical, at: 50, from: 10, to: 12),          // 2 pt: dropped
        ])
        #expect(merged.count == 3)
        #expect(merged[0].start == 9.5 && merged[0].end == 200.5 && abs(merged[0].position - 100.18) < 0.01)
        #expect(merged[1] == RulingLine(.horizontal, at: 300, from: 10, to: 200))
        #expect(merged[2] == RulingLine(.horizontal, at: 300, from: 205, to: 260))
    }

    @Test func transformsMapPathSpaceToPageSpace() {
        // The page flip every producer uses: y up in the PDF, y down on the page.
        let flip = PDFTransform(a: 1, b: 0, c: 0, d: -1, e: 0, f: 595.2)
        #expect(flip.apply(PDFPoint(x: 44.664, y: 533.98)).y == 595.2 - 533.98)
        let scaled = PDFTransform(a: 2, b: 0, c: 0, d: 2, e: 10, f: 20)
        #expect(scaled.apply(PDFPoint(x: 1, y: 1)) == PDFPoint(x: 12, y: 22))
    }

    @Test func aTableIsAConnectedGroupWithTwoRulesEachWay() {
        var page = PDFTestPage()
        page.grid(xs: [10, 100, 200], ys: [10, 30, 50])
        page.grid(xs: [10, 100], ys: [300, 320])
        page.strokedRule(from: Self.point(10, 500), to: Self.point(300, 500)) // an underline
        let rules = RuleMerger.merge(RuleExtractor.rules(from: page.paths))
        let groups = RuledTableFinder.groups(of: rules)
        #expect(groups.count == 2)
        #expect(groups.map { $0.count }.sorted() == [4, 6])
    }
}

@Suite("PDF hostile geometry")
struct PDFHostileGeometryTests {
    @Test func aHatchOfThousandsOfRulesIsNoTableAndItsTextStays() {
        var page = PDFTestPage()
        let edges = (0...200).map { Double($0) * 3 + 10 }
        for y in edges { page.strokedRule(from: PDFPoint(x: 10, y: y), to: PDFPoint(x: 610, y: y)) }
        for x in edges { page.strokedRule(from: PDFPoint(x: x, y: 10), to: PDFPoint(x: x, y: 610)) }
        page.text("说明", x: 20, top: 700)
        let result = PDFDocumentBuilder.build([page.content])
        #expect(result.document.summary == ["P1 说明"])
    }
}
