import Foundation

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
                let found = Self.jobs(under: RawPath(path), prefix: prefix, outputDirectory: outputDirectory)
                // Taken whole when it is the first: `+=` would hold a second copy of every job.
                if jobs.isEmpty { jobs = found } else { jobs += found }
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
        let keys = jobs.indices.map { (hash: jobs[$0].outputPath.lowercased().hashValue, index: $0) }
            .sorted { ($0.hash, $0.index) < ($1.hash, $1.index) }
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end].hash == keys[start].hash { end += 1 }
            if end - start > 1 {
                let group = keys[start..<end].map { jobs[$0.index] }
                for (position, job) in group.enumerated() {
                    let path = job.outputPath.lowercased()
                    if let other = group[..<position].first(where: { $0.outputPath.lowercased() == path && $0.inputPath != job.inputPath }) {
                        throw OutputCollision(output: job.outputPath, inputs: [other.inputPath, job.inputPath])
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
        URL(fileURLWithPath: outputPath(forRelativePath: relative, in: directory.path), isDirectory: false)
    }

    /// `outputURL` on paths: joined as strings, no URL made per input.
    static func outputPath(forRelativePath relative: String, in directory: String) -> String {
        var components = relative.split(separator: "/").filter { $0 != ".." && $0 != "." && !$0.isEmpty }
        let file = components.popLast().map(String.init) ?? "output"
        let ending = InputExtensions.of(file)
        let stem = InputExtensions.collected.contains(ending) ? String(file.dropLast(ending.count + 1)) : file
        components.append(Substring((stem.isEmpty ? "output" : stem) + ".xlsx"))
        return joined(directory, components.joined(separator: "/"))
    }

    /// `folder/relative`, with one slash between them whatever `folder` ends with.
    static func joined(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    static func job(input: URL, relative: String, outputDirectory: URL) -> ConversionJob {
        ConversionJob(inputPath: input.path, relativePath: relative,
                      outputPath: outputPath(forRelativePath: relative, in: outputDirectory.path))
    }

    /// A file found below a folder: its paths are made from the folder's when asked for.
    static func job(below folder: ConversionJob.Folder, relative: String) -> ConversionJob {
        // Without a prefix the job shares the walker's string rather than a copy of it.
        ConversionJob(relativePath: folder.prefix.isEmpty ? relative : folder.prefix + relative, folder: folder)
    }
}
