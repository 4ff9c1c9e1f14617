import Foundation

/// One export to convert and where its workbook goes.
public struct ConversionJob: Sendable, Equatable {
    /// The paths, kept as strings: a batch holds a job for every input from start to end,
    /// and two URLs a job weighed several times what their paths do (peak memory grew with
    /// the number of inputs).
    private var inputPath: String
    private var outputPath: String

    public var input: URL {
        get { URL(fileURLWithPath: inputPath, isDirectory: false) }
        set { inputPath = newValue.path }
    }

    /// Path of the input relative to the folder it was found in (or its file name).
    public var relativePath: String

    public var output: URL {
        get { URL(fileURLWithPath: outputPath, isDirectory: false) }
        set { outputPath = newValue.path }
    }

    /// Where to read the bytes when `input` cannot say it: a name that is not UTF-8 (then
    /// `input` is its readable form) or a zip member. Nil: read `input`.
    public var source: InputSource? = nil

    public init(input: URL, relativePath: String, output: URL, source: InputSource? = nil) {
        self.inputPath = input.path
        self.relativePath = relativePath
        self.outputPath = output.path
        self.source = source
    }
}

/// Files and folders → jobs. Folders are searched recursively for the collected endings
/// (`InputExtensions`) in any letter case, names as bytes, sorted; a zip is read like a
/// folder; the output tree mirrors the input tree, so an output path is a pure function of
/// the input path.
public enum InputCollector {
    public struct NoInput: Error, CustomStringConvertible {
        public var paths: [String]
        public var description: String { "no input (\(InputExtensions.collected.sorted().map { "." + $0 }.joined(separator: " "))) found in \(paths.joined(separator: ", "))" }
    }

    public struct OutputCollision: Error, CustomStringConvertible {
        public var output: String
        public var inputs: [String]
        public var description: String {
            "\(inputs.joined(separator: " and ")) would both be written to \(output); convert them into different output folders"
        }
    }

    /// With one folder, paths are relative to it; with several inputs, each folder's name
    /// leads its files' paths (`河北/县A` and `河北/县B` → `县A/…`, `县B/…`), so outputs of
    /// different folders never overwrite each other.
    /// - Parameter checkCollisions: refuse inputs whose outputs would overwrite each other
    ///   (convert); validate writes nothing and takes any inputs.
    public static func jobs(for paths: [String], outputDirectory: URL, checkCollisions: Bool = true) throws -> [ConversionJob] {
        var jobs: [ConversionJob] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = URL(fileURLWithPath: path)
            if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let prefix = paths.count > 1 ? url.standardizedFileURL.lastPathComponent + "/" : ""
                jobs += Self.jobs(under: RawPath(path), prefix: prefix, outputDirectory: outputDirectory)
            } else if InputExtensions.of(url.lastPathComponent) == "zip", fm.fileExists(atPath: path) {
                let folder = paths.count > 1 ? String(url.lastPathComponent.dropLast(4)) : ""
                jobs += zipJobs(archive: RawPath(path), shown: url, relativeFolder: folder, outputDirectory: outputDirectory)
            } else if let found = rawArgumentJobs(path, several: paths.count > 1, outputDirectory: outputDirectory) {
                jobs += found
            } else {
                // Missing files become jobs too, so they are reported as failed documents.
                jobs.append(job(input: url, relative: url.lastPathComponent, outputDirectory: outputDirectory))
            }
        }
        if jobs.isEmpty { throw NoInput(paths: paths) }
        guard checkCollisions else { return jobs }
        // Sorted by the hash of each output's lowercased path, the paths compared only where
        // hashes meet: a table of every path would double the memory the jobs take.
        let keys = jobs.indices.map { (hash: jobs[$0].output.path.lowercased().hashValue, index: $0) }
            .sorted { ($0.hash, $0.index) < ($1.hash, $1.index) }
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end].hash == keys[start].hash { end += 1 }
            if end - start > 1 {
                let group = keys[start..<end].map { jobs[$0.index] }
                for (position, job) in group.enumerated() {
                    let path = job.output.path.lowercased()
                    if let other = group[..<position].first(where: { $0.output.path.lowercased() == path && $0.input.path != job.input.path }) {
                        throw OutputCollision(output: job.output.path, inputs: [other.input.path, job.input.path])
                    }
                }
            }
            start = end
        }
        return jobs
    }

    /// `county/dept.txt` → `DIR/county/dept.xlsx`; `..` components are dropped so nothing
    /// lands outside DIR.
    public static func outputURL(forRelativePath relative: String, in directory: URL) -> URL {
        var components = relative.split(separator: "/").map(String.init).filter { $0 != ".." && $0 != "." && !$0.isEmpty }
        let file = components.popLast() ?? "output"
        let ending = InputExtensions.of(file)
        let stem = InputExtensions.collected.contains(ending) ? String(file.dropLast(ending.count + 1)) : file
        var url = directory
        for component in components { url.appendPathComponent(component, isDirectory: true) }
        return url.appendingPathComponent((stem.isEmpty ? "output" : stem) + ".xlsx")
    }

    static func job(input: URL, relative: String, outputDirectory: URL) -> ConversionJob {
        ConversionJob(input: input, relativePath: relative, output: outputURL(forRelativePath: relative, in: outputDirectory))
    }
}
