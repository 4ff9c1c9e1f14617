import ArgumentParser
import BudgetBatch
import BudgetCore

/// `budget2xlsx templates`: the template families known, built-in and the user's.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the template families known (built in, plus --templates DIR) and their tables.")

    @Option(help: "Folder of your own family files (JSON, see docs/catalog.md), added to the built-in ones.")
    var templates: String?

    @Flag(name: .shortAndLong, help: "Also list each family's tables: kind, sheet name, title keys, header rows.")
    var verbose = false

    @Flag(help: "Print the catalog as Markdown (docs/templates.md is this output for the built-in families).")
    var markdown = false

    @Flag(help: "Print the identities as Markdown (docs/identities.md is this output for the built-in families).")
    var identities = false

    func run() throws {
        let catalog: FamilyCatalog
        do {
            catalog = try FamilyFiles.catalog(folder: templates, forced: nil)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(ExitCodes.usage)
        }
        if identities {
            print(IdentityDocumentation.markdown(catalog.families), terminator: "")
            return
        }
        if markdown {
            print(CatalogDocumentation.markdown(catalog.families), terminator: "")
            return
        }
        for family in catalog.families {
            print("\(family.name)\(family.isDefault ? " (default)" : "")  \(family.tables.count) tables  \(family.description)")
            guard verbose else { continue }
            for table in family.tables {
                let rows = table.headerRows.map { "\($0) header row(s)" } ?? "header from the rows"
                print("    \(table.kind.rawValue)  \(table.sheetName)  [\(table.titleKeys.joined(separator: " / "))]  \(rows)")
            }
        }
    }
}
