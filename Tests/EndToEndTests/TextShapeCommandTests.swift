import BudgetCore
import Foundation
import Testing
import TestSupport

/// The command line on the text shapes: the misreading of issue 10 (the sample saved one row
/// per line converted "with exit 0" into 60 sheets of whole rows) cannot happen any more.
@Suite struct TextShapeCommandTests {
    static func rowPerLineSample() throws -> String {
        RowPerLineExport.text(of: DocumentReader.read(text: try SampleExport.text()), delimiter: "\t", lineEnd: "\r\n")
    }

    @Test func theSampleSavedRowPerLineConvertsToItsFortySevenTables() throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("按行.txt")
        try Data(try Self.rowPerLineSample().utf8).write(to: input)
        let run = try CLI.run(["convert", input.path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("按行.txt: 47 tables, 0 warnings"), "\(run.stdout)")
    }

    @Test func formatForcesAShape() throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("按行.txt")
        try Data(try Self.rowPerLineSample().utf8).write(to: input)
        let forced = try CLI.run(["convert", input.path, "-o", folder.appendingPathComponent("out").path, "--format", "cells"])
        #expect(forced.status == 0)
        #expect(!forced.stdout.contains("47 tables"), "\(forced.stdout)")
        #expect(try CLI.run(["convert", input.path, "--format", "html"]).status == 64)
    }

    @Test func aTextMixingBothTabShapesFailsSayingSo() throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("混合.txt")
        try Data("表\n\t甲\n\t乙\n\n1\t2\n3\t4\n".utf8).write(to: input)
        let run = try CLI.run(["convert", input.path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 65)  // not readable as a budget export
        let said = run.stdout + run.stderr
        #expect(said.contains("混合.txt: cannot tell how the cells are laid out: 2 lines hold one cell after a TAB (one cell per line) and 2 lines hold TAB-separated cells (one row per line); convert it with --format to choose"), "\(said)")
    }

    @Test func aGB18030CSVConverts() throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("表格.CSV")
        let text = RowPerLineExport.text(of: DocumentReader.read(text: try SampleExport.text()), delimiter: ",", lineEnd: "\r\n")
        try Data(try #require(RowPerLineExport.gb18030(text))).write(to: input)
        let run = try CLI.run(["convert", folder.path, "-o", folder.appendingPathComponent("out").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("表格.CSV: 47 tables, 0 warnings"), "\(run.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/表格.xlsx").path))
    }
}

extension TextShapeCommandTests {
    /// verify reads the source in the shape convert read it (its cells with line breaks as
    /// the quoted cells they were), and catches a changed cell there too.
    @Test func verifyProvesARowPerLineSource() throws {
        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("rows.txt")
        try Data(try Self.rowPerLineSample().utf8).write(to: input)
        let out = folder.appendingPathComponent("out")
        #expect(try CLI.run(["convert", input.path, "-o", out.path]).status == 0)
        let run = try CLI.run(["verify", out.appendingPathComponent("rows.xlsx").path, "--source", input.path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("faithful to"))
        let changed = try Self.rowPerLineSample().replacing("15407.98", with: "15407.99")
        try Data(changed.utf8).write(to: input)
        let differs = try CLI.run(["verify", out.appendingPathComponent("rows.xlsx").path, "--source", input.path])
        #expect(differs.status == 1)
        #expect(differs.stdout.contains("15407.98"), "\(differs.stdout)")
    }
}
