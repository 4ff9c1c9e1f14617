import Foundation
import Testing
import TestSupport
@testable import BudgetCore

/// A file read as a stream (StreamingDepartmentReader) gives the departments the whole-file
/// path gives: same encoding, lines, tables, narrative, suffixes and sheets, wherever the
/// blocks are cut.
@Suite struct StreamingReaderTests {
    /// The three samples one after another: three departments with three units.
    static func threeSamples() throws -> String {
        let folder = SampleExport.url.deletingLastPathComponent()
        return try [SampleExport.fileName, "jiangsu_zhengxie_2019.txt", "shanghai_putuo_wanli_2024.txt"]
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            .map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }
            .joined()
    }

    static func streamed(_ bytes: [UInt8], blockSize: Int, name: String = "county.txt",
                         options: ConversionOptions = ConversionOptions()) throws -> [DepartmentConversion]? {
        guard var reader = try StreamingDepartmentReader.open(sourceName: name, options: options, {
            ByteArrayBlocks(bytes, blockSize: blockSize)
        }) else { return nil }
        var phases = PhaseTimes()
        var departments: [DepartmentConversion] = []
        while let next = try reader.next() {
            departments.append(ConversionPipeline.convert(next.department, index: next.index, outputSuffix: next.outputSuffix,
                                                          sourceName: name, options: options, phases: &phases))
        }
        return departments
    }

    /// Every department the same as the whole-file path's, down to the sheets.
    static func expectSame(_ bytes: [UInt8], blockSize: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let whole = try ConversionPipeline.run(bytes, sourceName: "county.txt")
        let streamed = try #require(try streamed(bytes, blockSize: blockSize), sourceLocation: sourceLocation)
        #expect(streamed.count == whole.departments.count, "block \(blockSize)", sourceLocation: sourceLocation)
        for (one, other) in zip(streamed, whole.departments) {
            #expect(one.index == other.index && one.outputSuffix == other.outputSuffix && one.lines == other.lines,
                    "block \(blockSize): department \(other.index)", sourceLocation: sourceLocation)
            #expect(one.document.encoding == other.document.encoding && one.document.lineCount == other.document.lineCount
                    && one.document.family == other.document.family, sourceLocation: sourceLocation)
            #expect(one.document.narrative == other.document.narrative, sourceLocation: sourceLocation)
            #expect(one.warnings == other.warnings, sourceLocation: sourceLocation)
            #expect(one.layout == other.layout, "block \(blockSize): department \(other.index)", sourceLocation: sourceLocation)
            #expect(one.report == other.report && one.keyFigures == other.keyFigures, sourceLocation: sourceLocation)
        }
    }

    @Test func theThreeSamplesInOneFileGiveTheSameDepartments() throws {
        let text = try Self.threeSamples()
        let whole = try ConversionPipeline.run(Array(text.utf8), sourceName: "county.txt")
        #expect(whole.departments.map(\.outputSuffix) == ["-316平乡县人力资源和社会保障局", "-江苏省政协办公厅", "-上海市普陀区人民政府万里街道办事处"])
        for blockSize in [1 << 20, 65_536, 4_099, 1_000] {
            try Self.expectSame(Array(text.utf8), blockSize: blockSize)
        }
        try Self.expectSame(try #require(ExportVariants.gb18030CRLF(text)), blockSize: 4_099)
        try Self.expectSame(ExportVariants.utf16WithBOM(text, littleEndian: false), blockSize: 4_099)
    }

    @Test func oneDepartmentGetsNoSuffixAndTheFamily() throws {
        let bytes = try SampleExport.bytes()
        try Self.expectSame(bytes, blockSize: 8_192)
        let streamed = try #require(try Self.streamed(bytes, blockSize: 8_192))
        #expect(streamed.map(\.outputSuffix) == [""] && streamed[0].document.family == "hebei-county-2022")
        #expect(streamed[0].document.tables.count == 47)
    }

    @Test func aBlockEndingExactlyWhereADepartmentStarts() throws {
        let first = DepartmentSplitterTests.department("316甲局")
        let text = first + DepartmentSplitterTests.department("317乙局") + DepartmentSplitterTests.department("318丙局")
        let bytes = Array(text.utf8)
        // The second department's title is the first byte of the second block.
        try Self.expectSame(bytes, blockSize: first.utf8.count)
        let streamed = try #require(try Self.streamed(bytes, blockSize: first.utf8.count))
        #expect(streamed.map(\.lines) == [1...12, 13...24, 25...36])
        #expect(streamed.map(\.outputSuffix) == ["-316甲局", "-317乙局", "-318丙局"])
    }

    @Test func charactersCutByABlockDecodeWhole() throws {
        let text = DepartmentSplitterTests.department("316甲局") + DepartmentSplitterTests.department("317乙局")
        let utf8 = Array(text.utf8)
        let gb = try #require(ExportVariants.gb18030CRLF(text))
        let utf16 = ExportVariants.utf16WithBOM(text, littleEndian: true)
        // Every block size up to 40 bytes: the cuts fall inside 3-byte UTF-8, 2-byte GB18030
        // and UTF-16 characters many times over (the text opens with 部门预算).
        #expect(Array(utf8.prefix(3)) == Array("部".utf8) && gb[0] >= 0x81)
        for blockSize in 1...40 {
            try Self.expectSame(utf8, blockSize: blockSize)
            try Self.expectSame(gb, blockSize: blockSize)
            try Self.expectSame(utf16, blockSize: blockSize)
        }
        let streamed = try #require(try Self.streamed(gb, blockSize: 3))
        #expect(streamed.map { $0.document.unit } == ["316甲局", "317乙局"])
        #expect(streamed.map(\.document.encoding) == [.gb18030, .gb18030])
    }

    @Test func aFileThatIsUTF8UntilLateIsGB18030AsAWholeReadSaysSo() throws {
        // Valid UTF-8 for many blocks, then GB18030 bytes: the whole file is not UTF-8, so it
        // is GB18030 from its first byte, as SourceDecoder decides.
        let ascii = "部门预算收支总表\n\t316\n\t单位：万元\n\n\t项目\n\t预算数\n\n\t合计\n\t1.00\n\n"
            .unicodeScalars.filter(\.isASCII).map(String.init).joined()
        let tail = try #require(ExportVariants.gb18030CRLF(DepartmentSplitterTests.department("317乙局")))
        let bytes = Array(ascii.utf8) + tail
        let whole = try ConversionPipeline.run(bytes, sourceName: "county.txt")
        #expect(whole.encoding == .gb18030)
        try Self.expectSame(bytes, blockSize: 16)
    }

    @Test func whatIsNotCleanCellPerLineTextIsLeftToTheWholeFilePath() throws {
        let bad = Array(DepartmentSplitterTests.department("316甲局").utf8) + [0xFF, 0xFF, 0x0A]
        #expect(try Self.streamed(bad, blockSize: 16) == nil)
        let nul = Array(DepartmentSplitterTests.department("316甲局").utf8) + [0x00, 0x0A]
        #expect(try Self.streamed(nul, blockSize: 16) == nil)
        let rows = "部门预算收支总表\n项目\t预算数\n合计\t1.00\n收入\t1.00\n"
        #expect(try Self.streamed(Array(rows.utf8), blockSize: 16) == nil)
        #expect(try Self.streamed([], blockSize: 16) == nil)
        #expect(try Self.streamed(Array("no tables here\n".utf8), blockSize: 4) == nil)
    }

    @Test func aFileThatChangesBetweenThePassesIsAnErrorNotAWrongWorkbook() throws {
        let good = Array((DepartmentSplitterTests.department("316甲局") + DepartmentSplitterTests.department("317乙局")).utf8)
        var opened = 0
        var reader = try #require(try StreamingDepartmentReader.open(sourceName: "x.txt") { () -> any ByteBlockSource in
            opened += 1
            // The third opening (the departments' pass) finds invalid bytes in the second half.
            return ByteArrayBlocks(opened < 3 ? good : Array(good.prefix(150)) + [0xFF, 0x0A], blockSize: 64)
        })
        #expect(throws: StreamingDepartmentReader.ChangedWhileReading.self) {
            while try reader.next() != nil {}
        }
    }

    @Test func departmentsComeOutBeforeTheFileEnds() throws {
        // 200 departments: the first is handed out after reading a few blocks, not the file.
        let text = (0..<200).map { DepartmentSplitterTests.department("\(300 + $0)局") }.joined()
        var blocks = 0
        let bytes = Array(text.utf8)
        var reader = try #require(try StreamingDepartmentReader.open(sourceName: "x.txt") { () -> any ByteBlockSource in
            CountingBlocks(inner: ByteArrayBlocks(bytes, blockSize: 256)) { blocks += 1 }
        })
        let blocksAfterSurvey = blocks
        let first = try #require(try reader.next())
        #expect(first.outputSuffix == "-300局" && first.index == 0)
        #expect(blocks - blocksAfterSurvey <= 3)
        var count = 1
        while try reader.next() != nil { count += 1 }
        #expect(count == 200 && reader.tableCount == 200)
    }
}

/// Counts the blocks a source hands out.
struct CountingBlocks: ByteBlockSource {
    var inner: ByteArrayBlocks
    var counted: () -> Void
    mutating func nextBlock() throws -> [UInt8]? {
        counted()
        return inner.nextBlock()
    }
}
