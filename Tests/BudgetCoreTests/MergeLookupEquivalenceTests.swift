import CorpusGenerator
import Testing
@testable import SpreadsheetModel

/// The layout's merge look-ups that replaced hashing per cell (issue 11): each against the
/// plain definition it replaced, on random merges of a small sheet, overlapping or not.
@Suite struct MergeLookupEquivalenceTests {
    static func randomRanges(_ random: inout SplitMix64, count: Int, rows: Int, columns: Int) -> [GridRange] {
        (0..<count).map { _ in
            let row = Int.random(in: 0..<rows, using: &random), column = Int.random(in: 0..<columns, using: &random)
            return GridRange(firstRow: row, firstColumn: column, lastRow: row + Int.random(in: 0...2, using: &random),
                             lastColumn: column + Int.random(in: 0...3, using: &random))
        }
    }

    static func overlap(_ check: ([GridRange]) throws(MergeValidator.Overlap) -> Void, _ ranges: [GridRange]) -> MergeValidator.Overlap? {
        do { try check(ranges) } catch { return error }
        return nil
    }

    @Test func comparingMergesPairwiseFindsWhatTheTableOfCellsFinds() {
        var random = SplitMix64(seed: 41)
        var overlapping = 0
        for _ in 0..<3000 {
            let ranges = Self.randomRanges(&random, count: Int.random(in: 0...12, using: &random), rows: 10, columns: 8)
            let expected = Self.overlap(MergeValidator.checkByCells, ranges)
            #expect(Self.overlap(MergeValidator.checkPairwise, ranges) == expected, "\(ranges)")
            if expected != nil { overlapping += 1 }
        }
        // Both outcomes are exercised, many times.
        #expect(overlapping > 500 && overlapping < 2500)
    }

    @Test func aMergeOverlappingTwoEarlierOnesNamesTheOneOwningItsFirstCell() throws {
        let ranges = [GridRange(firstRow: 2, firstColumn: 0, lastRow: 2, lastColumn: 3),
                      GridRange(firstRow: 1, firstColumn: 3, lastRow: 1, lastColumn: 5),
                      GridRange(firstRow: 0, firstColumn: 2, lastRow: 3, lastColumn: 4)]
        let expected = MergeValidator.Overlap(first: ranges[1], second: ranges[2])
        #expect(Self.overlap(MergeValidator.checkPairwise, ranges) == expected)
        #expect(Self.overlap(MergeValidator.checkByCells, ranges) == expected)
        #expect(Self.overlap(MergeValidator.check, ranges) == expected)
    }

    @Test func theMergeStartingAtACellIsTheLastOneGivenThere() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<500 {
            let rows = Int.random(in: 1...6, using: &random), width = Int.random(in: 1...5, using: &random)
            // Some merges start beyond the table's rows or columns (cells put past the width).
            let merges = Self.randomRanges(&random, count: Int.random(in: 0...10, using: &random), rows: rows + 2, columns: width + 2)
                .map { LayoutMerge(range: $0, style: CellStyle()) }
            let starts = MergeStarts(merges, rows: rows, width: width)
            for row in 0..<(rows + 3) {
                for column in 0..<(width + 3) {
                    let expected = merges.last { $0.range.firstRow == row && $0.range.firstColumn == column }?.range
                    #expect(starts.range(row, column) == expected, "\(merges) at \(row),\(column)")
                }
            }
        }
    }
}
