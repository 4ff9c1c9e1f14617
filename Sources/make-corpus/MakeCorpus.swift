import ArgumentParser
import CorpusGenerator
import Foundation

/// `make-corpus --counties 20 --departments 50 --seed 1 --broken 0.02 OUT_DIR`: writes a
/// deterministic corpus of synthetic exports and its manifest, and prints one summary line.
@main
struct MakeCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make-corpus",
        abstract: "Write a deterministic corpus of synthetic 部门预算 text exports with corpus-manifest.json.")

    @Option(help: "Number of county folders.")
    var counties: Int = 3

    @Option(help: "Export files per county.")
    var departments: Int = 4

    @Option(help: "Seed: the same seed gives a byte-identical corpus.")
    var seed: UInt64 = 1

    @Option(help: "Share (0…1) of deliberately bad files.")
    var broken: Double = 0

    @Option(help: "Share (0…1) of good files holding two departments.")
    var multiDepartment: Double = 0

    @Argument(help: "Output folder (created if needed).")
    var outputDirectory: String

    func validate() throws {
        guard counties >= 0, departments >= 0 else { throw ValidationError("counts must not be negative") }
        guard (0...1).contains(broken), (0...1).contains(multiDepartment) else {
            throw ValidationError("--broken and --multi-department are shares between 0 and 1")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: outputDirectory, isDirectory: true)
        let start = Date()
        let manifest = try CorpusGenerator.generate(
            into: folder, counties: counties, departmentsPerCounty: departments, seed: seed,
            options: CorpusOptions(brokenFraction: broken, multiDepartmentFraction: multiDepartment))
        let seconds = Date().timeIntervalSince(start)
        let bytes = manifest.files.reduce(0) { $0 + $1.byteCount }
        let brokenCount = manifest.files.count - manifest.goodFiles.count
        let departmentCount = manifest.goodFiles.reduce(0) { $0 + $1.departments.count }
        print("wrote \(manifest.files.count) files (\(departmentCount) departments in good files, \(brokenCount) broken) "
              + "in \(counties) counties, \(bytes / 1024) KiB, seed \(seed), "
              + String(format: "%.1f s", seconds) + " → \(folder.path)/corpus-manifest.json")
    }
}
