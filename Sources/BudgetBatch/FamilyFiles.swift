import BudgetCore
import Foundation

/// A user's template families: every `.json` file of a folder (`--templates DIR`), read with
/// the same decoder as the built-in ones, added to them, optionally one forced (`--template`).
public enum FamilyFiles {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(folder: URL) throws(Failure) -> [TemplateFamily] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.lowercased().hasSuffix(".json") }.sorted()
        } catch {
            throw Failure(description: "cannot read the templates folder \(folder.path): \(error.localizedDescription)")
        }
        var families: [TemplateFamily] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw Failure(description: "\(url.path): cannot read it as UTF-8 text")
            }
            do {
                families.append(try FamilyDecoder.decode(text, source: url.path))
            } catch {
                throw Failure(description: error.description)
            }
        }
        return families
    }

    /// The built-in catalog, plus the families of `folder`, with `forced` checked to exist.
    public static func catalog(folder: String?, forced: String?) throws(Failure) -> FamilyCatalog {
        var catalog = FamilyCatalog.builtin
        if let folder { catalog = catalog.adding(try load(folder: URL(fileURLWithPath: folder))) }
        if let forced {
            guard catalog.family(named: forced) != nil else {
                throw Failure(description: "no template family named '\(forced)'; known: \(catalog.families.map(\.name).joined(separator: ", "))")
            }
            catalog.forced = forced
        }
        return catalog
    }
}
