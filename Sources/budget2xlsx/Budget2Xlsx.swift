import ArgumentParser

// Every command states its `commandName`: otherwise ArgumentParser derives each name from
// `String(describing:)` of the type at every start, reflection that took a fifth of parsing.
@main
struct Budget2Xlsx: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget2xlsx",
        abstract: "Convert 部门预算 text exports into Excel workbooks in the official template.",
        subcommands: [Convert.self, Validate.self, Verify.self, Rollup.self, Templates.self, Serve.self],
        defaultSubcommand: Convert.self)
}
