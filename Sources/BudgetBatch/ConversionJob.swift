import Foundation

/// One export to convert and where its workbook goes.
public struct ConversionJob: Sendable, Equatable {
    /// Path of the input relative to the folder it was found in (or its file name).
    public private(set) var relativePath: String

    /// Where to read the bytes when `input` cannot say it: a name that is not UTF-8 (then
    /// `input` is its readable form) or a zip member. Nil: read `input`.
    public var source: InputSource? = nil

    private let place: Place

    /// A batch holds a job for every input from start to end, so a job found in a folder keeps
    /// only its relative path and shares its folder's paths with the others: the two full
    /// paths of each job were most of what 10,000 inputs added to peak memory.
    private enum Place: Sendable, Equatable {
        case paths(input: String, output: String)
        case below(Folder)
    }

    /// A folder being collected: its absolute path, the prefix its files' relative paths carry
    /// (`河北/` when several inputs are given), and the output folder.
    final class Folder: Sendable, Equatable {
        let path: String
        let prefix: String
        let outputDirectory: String

        init(path: String, prefix: String, outputDirectory: String) {
            self.path = path
            self.prefix = prefix
            self.outputDirectory = outputDirectory
        }

        static func == (a: Folder, b: Folder) -> Bool {
            a === b || (a.path, a.prefix, a.outputDirectory) == (b.path, b.prefix, b.outputDirectory)
        }
    }

    public init(input: URL, relativePath: String, output: URL, source: InputSource? = nil) {
        self.init(inputPath: input.path, relativePath: relativePath, outputPath: output.path, source: source)
    }

    init(inputPath: String, relativePath: String, outputPath: String, source: InputSource? = nil) {
        self.relativePath = relativePath
        self.place = .paths(input: inputPath, output: outputPath)
        self.source = source
    }

    init(relativePath: String, folder: Folder) {
        self.relativePath = relativePath
        self.place = .below(folder)
    }

    public var input: URL { URL(fileURLWithPath: inputPath, isDirectory: false) }
    public var output: URL { URL(fileURLWithPath: outputPath, isDirectory: false) }

    /// The paths as strings, made without a URL (the collision check asks for every job's).
    var inputPath: String {
        switch place {
        case .paths(let input, _): input
        case .below(let folder):
            InputCollector.joined(folder.path, String(relativePath.unicodeScalars.dropFirst(folder.prefix.unicodeScalars.count)))
        }
    }

    var outputPath: String {
        switch place {
        case .paths(_, let output): output
        case .below(let folder): InputCollector.outputPath(forRelativePath: relativePath, in: folder.outputDirectory)
        }
    }
}
