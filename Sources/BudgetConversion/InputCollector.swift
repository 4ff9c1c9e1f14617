import Foundation

/// One export to convert and where its workbook goes.
public struct ConversionJob: Sendable, Equatable {
    public var input: URL
    /// Path of the input relative to the folder it was found in (or its file name).
    public var relativePath: String
    public var output: URL

    public init(input: URL, relativePath: String, output: URL) {
        self.input = input
        self.relativePath = relativePath
        self.output = output
    }
}

/// Files and folders → jobs. Folders are searched recursively for `.txt` in any letter case,
/// sorted; the output tree mirrors the input tree, so an output path is a pure function of
/// the input path.
public enum InputCollector {
    public struct NoInput: Error, CustomStringConvertible {
        public var paths: [String]
        public var description: String { "no .txt input found in \(paths.joined(separator: ", "))" }
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
    public static func jobs(for paths: [String], outputDirectory: URL) throws -> [ConversionJob] {
        var jobs: [ConversionJob] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = URL(fileURLWithPath: path)
            if fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let prefix = paths.count > 1 ? url.standardizedFileURL.lastPathComponent + "/" : ""
                for relative in textFiles(under: url) {
                    jobs.append(job(input: url.appendingPathComponent(relative), relative: prefix + relative,
                                    outputDirectory: outputDirectory))
                }
            } else {
                // Missing files become jobs too, so they are reported as failed documents.
                jobs.append(job(input: url, relative: url.lastPathComponent, outputDirectory: outputDirectory))
            }
        }
        if jobs.isEmpty { throw NoInput(paths: paths) }
        var seen: [String: String] = [:]
        for job in jobs {
            let key = job.output.path.lowercased()
            if let other = seen[key], other != job.input.path {
                throw OutputCollision(output: job.output.path, inputs: [other, job.input.path])
            }
            seen[key] = job.input.path
        }
        return jobs
    }

    static func textFiles(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.lowercased().hasSuffix(".txt") else { continue }
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(relative)
            }
        }
        return found.sorted()
    }

    /// `county/dept.txt` → `DIR/county/dept.xlsx`; `..` components are dropped so nothing
    /// lands outside DIR.
    public static func outputURL(forRelativePath relative: String, in directory: URL) -> URL {
        var components = relative.split(separator: "/").map(String.init).filter { $0 != ".." && $0 != "." && !$0.isEmpty }
        let file = components.popLast() ?? "output"
        let stem = file.lowercased().hasSuffix(".txt") ? String(file.dropLast(4)) : file
        var url = directory
        for component in components { url.appendPathComponent(component, isDirectory: true) }
        return url.appendingPathComponent((stem.isEmpty ? "output" : stem) + ".xlsx")
    }

    private static func job(input: URL, relative: String, outputDirectory: URL) -> ConversionJob {
        ConversionJob(input: input, relativePath: relative, output: outputURL(forRelativePath: relative, in: outputDirectory))
    }
}
