import Foundation

/// Reading an input file's bytes, with the failure every command reports the same way.
public enum SourceFile {
    public static func load(_ input: URL) throws(ConversionFailure) -> Data {
        do {
            return try Data(contentsOf: input)
        } catch {
            let exists = FileManager.default.fileExists(atPath: input.path)
            throw ConversionFailure(file: input.path, kind: exists ? .unreadable : .missing,
                                    message: exists ? "cannot read the file (\(error.localizedDescription))" : "no such file")
        }
    }
}
