import BudgetCore
import Foundation

// Regenerates Sources/BudgetCore/Catalog/BuiltinFamilies.swift from the family JSON files.
// Usage: swift run catalog-embed [PACKAGE_ROOT]   (default: the current directory)
let root = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : FileManager.default.currentDirectoryPath)
let folder = root.appendingPathComponent("Sources/BudgetCore/Catalog/families")
let target = root.appendingPathComponent("Sources/BudgetCore/Catalog/BuiltinFamilies.swift")
do {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
    var files: [(name: String, json: String)] = []
    for name in names {
        let json = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        do {
            _ = try FamilyDecoder.decode(json, source: name)
        } catch {
            FileHandle.standardError.write(Data("catalog-embed: \(error.description)\n".utf8))
            exit(1)
        }
        files.append((name, json))
    }
    try BuiltinFamiliesRenderer.render(files: files).write(to: target, atomically: true, encoding: .utf8)
    print("catalog-embed: wrote \(files.count) families to \(target.path)")
} catch {
    FileHandle.standardError.write(Data("catalog-embed: \(error)\n".utf8))
    exit(1)
}
