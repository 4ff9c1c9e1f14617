import Foundation
import Testing
@testable import BudgetCore

@Suite struct FamilyCatalogTests {
    static var familiesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/BudgetCore/Catalog/families")
    }

    @Test func everyBuiltinFamilyDecodes() {
        #expect(FamilyCatalog.builtinProblems == [])
        #expect(FamilyCatalog.builtin.families.map(\.name).sorted()
                == ["hebei-county-2022", "jiangsu-provincial-2017", "shanghai-district-2023", "shanghai-district-unit-2023"])
        #expect(FamilyCatalog.builtin.defaultFamily?.name == "hebei-county-2022")
    }

    /// BuiltinFamilies.swift is what `swift run catalog-embed` makes of the JSON files.
    @Test func embeddedCatalogIsNotStale() throws {
        let folder = Self.familiesFolder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        let files = try names.map { (name: $0, json: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
        let expected = BuiltinFamiliesRenderer.render(files: files)
        let actual = try String(contentsOf: folder.deletingLastPathComponent().appendingPathComponent("BuiltinFamilies.swift"), encoding: .utf8)
        #expect(actual == expected, "BuiltinFamilies.swift is stale: run `swift run catalog-embed`")
        #expect(BuiltinFamilies.files.map(\.name) == names)
    }

    @Test func hebeiLayoutsKeptExactly() {
        let spans = TemplateCatalog.entries.map { "\($0.kind.rawValue)=\($0.topSpans.map { "\($0)" } ?? "-")" }
        #expect(spans == ["budgetSummary=[1, 2, 2]", "incomeSummary=[1, 2, 1, 8, 1]", "expenditureSummary=[1, 2, 1, 1, 1, 1, 1, 1]",
                          "fiscalGrantSummary=[1, 2, 5]", "generalBudgetExpenditure=[1, 2, 1, 1, 1]", "basicExpenditure=[1, 2, 3]",
                          "governmentFundExpenditure=[1, 2, 1, 1, 1]", "stateCapitalExpenditure=[1, 2, 1, 1, 1]",
                          "threePublicExpenditure=[1, 1, 4]", "organization=-", "performanceTarget=-",
                          "procurement=[2, 1, 1, 1, 1, 1, 8, 1]", "fixedAssets=-"])
        #expect(TemplateCatalog.entry(for: .performanceTarget)?.mergeDownColumns == [0, 1])
    }

    @Test func decoderNamesTheFieldAndFile() {
        #expect(throws: FamilyDecoder.Failure(source: "x.json", message: "tables[0].kind 'summary' is not one of "
            + TableKind.allCases.map(\.rawValue).joined(separator: ", "))) {
            try FamilyDecoder.decode(#"{"name":"x","tables":[{"kind":"summary","titleKeys":["表"],"sheetName":"表"}]}"#, source: "x.json")
        }
        #expect(throws: FamilyDecoder.Failure.self) { try FamilyDecoder.decode("{\"name\": \"x\", ", source: "y.json") }
        #expect(throws: FamilyDecoder.Failure.self) {
            try FamilyDecoder.decode(#"{"name":"x","tables":[{"kind":"fixedAssets","titleKeys":["表"],"sheetName":"表","columns":["money"]}]}"#, source: "z.json")
        }
    }

    @Test func jsonStrings() throws {
        #expect(try JSONValue.parse(#"{"a": ["\u201c三公\u201d", "x\ny", 1.5, true, null]}"#)
                == .object([("a", .array([.string("“三公”"), .string("x\ny"), .number(1.5), .bool(true), .null]))]))
        // Strings with no escape are cut whole; an escape or a control character is read (or refused) as before.
        #expect(try JSONValue.parse(#" [ "预算", "", "a\"b", "c\\", "\/" ] "#) == .array([.string("预算"), .string(""), .string("a\"b"), .string("c\\"), .string("/")]))
        #expect(throws: JSONParseError.self) { try JSONValue.parse("[\"a\tb\"]") }
        #expect(throws: JSONParseError.self) { try JSONValue.parse("[\"ab]") }
    }

    /// RFC 8259 strictly: whole numbers are integers, others doubles; what the grammar does
    /// not allow is refused at its byte.
    @Test func jsonGrammar() throws {
        #expect(try JSONValue.parse("[0, -12, 3.5, 1e2, -0.0, 9223372036854775807, 9223372036854775808]")
                == .array([.integer(0), .integer(-12), .number(3.5), .number(100), .number(-0.0), .integer(Int.max), .number(9223372036854775808)]))
        #expect(try JSONValue.parse("[2, 2.0, 1e9]").array?.map(\.int) == [2, 2, nil])
        for bad in ["+1", "01", "1.", ".5", "1e", "-", "[1,]", "{\"a\":1,}", "[\"\\x\"]", "[\"\\ud800\"]", "tru", "[1] 2", "{\"a\" 1}"] {
            #expect(throws: JSONParseError.self, "\(bad)") { try JSONValue.parse(bad) }
        }
        #expect(throws: JSONParseError(offset: 1, message: "unexpected character")) { try JSONValue.parse("[+1]") }
    }

    @Test func forcedFamilyIsUsed() {
        let text = "部门收入预算总表\n\t单位：元\n\n\t项目\n\t金额\n\n\t甲\n\t1\n"
        var catalog = FamilyCatalog.builtin
        #expect(DocumentReader.read(text: text, catalog: catalog).family == "shanghai-district-2023")
        catalog.forced = "hebei-county-2022"
        let document = DocumentReader.read(text: text, catalog: catalog)
        #expect(document.family == "hebei-county-2022")
        #expect(document.tables[0].kind == .incomeSummary)
    }
}

@Suite struct CatalogDocumentationTests {
    /// docs/templates.md is generated from the families: regenerate with
    /// `budget2xlsx templates --markdown > docs/templates.md`.
    @Test func templatesPageIsCurrent() throws {
        let page = FamilyCatalogTests.familiesFolder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/templates.md")
        let actual = try String(contentsOf: page, encoding: .utf8)
        #expect(actual == CatalogDocumentation.markdown(FamilyCatalog.builtin.families))
    }

    /// docs/identities.md likewise: `budget2xlsx templates --identities > docs/identities.md`.
    @Test func identitiesPageIsCurrentAndNamesNoUnknownIdentity() throws {
        let page = FamilyCatalogTests.familiesFolder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/identities.md")
        let actual = try String(contentsOf: page, encoding: .utf8)
        let generated = IdentityDocumentation.markdown(FamilyCatalog.builtin.families)
        #expect(actual == generated)
        #expect(!generated.contains("unknown: no meaning"))
        #expect(generated.contains("| `threePublicSubtotals` | 三公 小计 = "))
    }

    @Test func everyTableOfEveryFamilyIsListed() {
        let page = CatalogDocumentation.markdown(FamilyCatalog.builtin.families)
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| kind") }
        #expect(rows.count == FamilyCatalog.builtin.families.map(\.tables.count).reduce(0, +))
        #expect(page.contains("| incomeSummary | 收入总表 | 部门收入预算总表 |  | 3 rows, covers 2 5 / 3 1 1 1 1 1 1 | code:类 code:款 code:项 name amount amount amount amount amount |"))
    }
}
