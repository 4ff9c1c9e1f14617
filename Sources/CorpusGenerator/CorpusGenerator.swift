import Foundation

/// A deterministic corpus of synthetic department-budget exports: the same seed gives the
/// same bytes, file for file. Each file is drawn from its own stream, so files can be made
/// one at a time (`plan.file(at:)`) without holding the corpus in memory.
public struct CorpusGenerator: Sendable {
    public let counties: Int
    public let departmentsPerCounty: Int
    public let seed: UInt64
    public let options: CorpusOptions
    private let countyPlans: [CountyPlan]
    /// Per file: how it is broken, if it is.
    private let broken: [BrokenKind?]
    private let multiDepartment: [Bool]

    public var fileCount: Int { counties * departmentsPerCounty }

    public init(counties: Int, departmentsPerCounty: Int, seed: UInt64, options: CorpusOptions = CorpusOptions()) {
        self.counties = max(0, counties)
        self.departmentsPerCounty = max(0, departmentsPerCounty)
        self.seed = seed
        self.options = options
        countyPlans = CountyPlan.plans(count: self.counties, seed: seed)
        let total = self.counties * self.departmentsPerCounty
        // Exact shares, files picked by a seeded shuffle; broken kinds taken in turn.
        var random = SeededRandom(seed: SeededRandom.derive(seed, 0xB0))
        let order = random.shuffled(Array(0..<total))
        let brokenCount = Int((options.brokenFraction * Double(total)).rounded())
        var broken = [BrokenKind?](repeating: nil, count: total)
        for (rank, index) in order.prefix(brokenCount).enumerated() {
            broken[index] = BrokenKind.allCases[rank % BrokenKind.allCases.count]
        }
        let good = order.dropFirst(brokenCount)
        let multiCount = Int((options.multiDepartmentFraction * Double(good.count)).rounded())
        var multi = [Bool](repeating: false, count: total)
        for index in good.prefix(multiCount) { multi[index] = true }
        self.broken = broken
        multiDepartment = multi
    }

    /// File `index` (county-major order), in memory.
    public func file(at index: Int) throws(CorpusError) -> GeneratedFile {
        guard index >= 0, index < fileCount else { throw .noSuchFile(index: index, count: fileCount) }
        let county = index / max(departmentsPerCounty, 1), department = index % max(departmentsPerCounty, 1)
        return try FileAssembler(county: countyPlans[county], countyIndex: county, departmentIndex: department,
                                 seed: seed, broken: broken[index], multiDepartment: multiDepartment[index]).make()
    }

    /// Writes `folder/<county>/<file>` for every file and `folder/corpus-manifest.json`.
    public func write(into folder: URL) throws -> CorpusManifest {
        let manager = FileManager.default
        for county in countyPlans {
            try manager.createDirectory(at: folder.appendingPathComponent(county.folder), withIntermediateDirectories: true)
        }
        var entries: [CorpusFileEntry] = []
        entries.reserveCapacity(fileCount)
        for index in 0..<fileCount {
            let file = try file(at: index)
            let url = folder.appendingPathComponent(file.entry.path)
            do {
                try Data(file.bytes).write(to: url)
            } catch {
                throw CorpusError.writeFailed(path: url.path, reason: "\(error)")
            }
            entries.append(file.entry)
        }
        let manifest = CorpusManifest(seed: seed, counties: counties, departmentsPerCounty: departmentsPerCounty,
                                      options: options, files: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try encoder.encode(manifest).write(to: folder.appendingPathComponent("corpus-manifest.json"))
        return manifest
    }

    /// The whole corpus in one call (see `write(into:)`).
    public static func generate(into folder: URL, counties: Int, departmentsPerCounty: Int, seed: UInt64,
                                options: CorpusOptions = CorpusOptions()) throws -> CorpusManifest {
        try CorpusGenerator(counties: counties, departmentsPerCounty: departmentsPerCounty, seed: seed, options: options)
            .write(into: folder)
    }
}
