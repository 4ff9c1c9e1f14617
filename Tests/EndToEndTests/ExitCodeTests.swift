import BudgetBatch
import Foundation
import Testing
import TestSupport

/// The one exit-code policy, a row at a time, for every command that reads inputs.
@Suite struct ExitCodeTests {
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let root = try TemporaryFolder.make()
        for (name, bytes) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    static let binary: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]

    @Test func missingInputIs66ForConvertValidateAndVerify() throws {
        let root = try TemporaryFolder.make()
        let missing = root.appendingPathComponent("nowhere.txt").path
        let convert = try CLI.run(["convert", missing, "-o", root.appendingPathComponent("out").path])
        #expect(convert.status == 66)
        #expect(convert.stderr.contains("error: nowhere.txt: no such file"))
        let validate = try CLI.run(["validate", missing])
        #expect(validate.status == 66)
        #expect(validate.stderr.contains("nowhere.txt: no such file"))
        let verify = try CLI.run(["verify", root.appendingPathComponent("nowhere.xlsx").path, "--source", SampleExport.url.path])
        #expect(verify.status == 66)
        #expect(verify.stderr.contains("nowhere.xlsx: no such file"))
        let verifySource = try CLI.run(["verify", root.appendingPathComponent("nowhere.xlsx").path, "--source", missing])
        #expect(verifySource.status == 66)
        #expect(try CLI.run(["rollup", root.path]).status == 66)
    }

    @Test func inputThatIsNotAnExportIs65() throws {
        let root = try Self.folder(["bin.txt": Self.binary, "prose.txt": Array("只是一段说明。\n".utf8)])
        let convert = try CLI.run(["convert", root.path, "-o", root.appendingPathComponent("out").path])
        #expect(convert.status == 65)
        #expect(convert.stderr.contains("error: bin.txt: this is a binary file"))
        #expect(convert.stderr.contains("error: prose.txt: no table found in 1 lines"))
        #expect(try CLI.run(["validate", root.appendingPathComponent("bin.txt").path]).status == 65)
    }

    @Test func aMixOfFailuresOrSomeFailedIs1() throws {
        let root = try Self.folder(["ok.txt": try SampleExport.bytes(), "bin.txt": Self.binary])
        let convert = try CLI.run(["convert", root.path, "-o", root.appendingPathComponent("out").path])
        #expect(convert.status == 1)
        #expect(convert.stderr.contains("summary: converted 1, skipped 0, failed 1"))
        let mixed = try CLI.run(["convert", root.appendingPathComponent("bin.txt").path, root.appendingPathComponent("gone.txt").path,
                                 "-o", root.appendingPathComponent("out2").path])
        #expect(mixed.status == 1)
    }

    @Test func usageErrorsAre64Everywhere() throws {
        #expect(try CLI.run(["convert"]).status == 64)
        #expect(try CLI.run(["validate"]).status == 64)
        #expect(try CLI.run(["verify", "x.xlsx"]).status == 64)
        #expect(try CLI.run(["convert", "x.txt", "--lossy", "--no-such-option"]).status == 64)
    }

    @Test func optionsThatMeanTheSameAreAcceptedTheSameEverywhere() throws {
        let root = try Self.folder(["x.txt": try SampleExport.bytes()])
        let input = root.appendingPathComponent("x.txt").path
        let out = root.appendingPathComponent("out")
        #expect(try CLI.run(["convert", "--lossy", input, "-o", out.path]).status == 0)
        #expect(try CLI.run(["validate", "--lossy", input]).status == 0)
        #expect(try CLI.run(["verify", "--lossy", out.appendingPathComponent("x.xlsx").path, "--source", input]).status == 0)
        let list = try CLI.run(["validate", "--files-from", "-", "--json"], stdin: input + "\n")
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 1)
    }

    @Test func verifyAgainstSomethingElseIs1OrItsSourceIsNotAnExport65() throws {
        let root = try Self.folder(["x.txt": try SampleExport.bytes(), "bin.txt": Self.binary,
                                    "other.txt": Array("别的表\n\t甲\n\t乙\n".utf8)])
        let out = root.appendingPathComponent("out")
        #expect(try CLI.run(["convert", root.appendingPathComponent("x.txt").path, "-o", out.path]).status == 0)
        let book = out.appendingPathComponent("x.xlsx").path
        let different = try CLI.run(["verify", book, "--source", root.appendingPathComponent("other.txt").path])
        #expect(different.status == 1)
        let notExport = try CLI.run(["verify", book, "--source", root.appendingPathComponent("bin.txt").path])
        #expect(notExport.status == 65)
        #expect(notExport.stderr.contains("bin.txt: this is a binary file"))
    }
}
