import BudgetBatch
import BudgetCore
import Foundation
import Testing
import XlsxReaderKit

/// A family added from a data file, with no code change: detected and used.
@Suite struct UserFamilyTests {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/families")
    }

    static let export = "2024年测试市部门项目经费预算表\n\t编制单位：测试市某局\n\t单位：元\n\n\t项目\n\t经费来源\n\n"
        + "\t项目编码\n\t项目名称\n\t财政拨款\n\t其他\n\n\t0101\n\t甲项目\n\t1,200\n\t0\n\n\t0102\n\t乙项目\n\t300\n\t50\n"

    @Test func userFamilyIsListedDetectedAndUsed() throws {
        let catalog = try FamilyFiles.catalog(folder: Self.folder.path, forced: nil)
        #expect(catalog.families.map(\.name).contains("testprov-city-2024"))

        let folder = try TemporaryFolder.make()
        let input = folder.appendingPathComponent("city.txt")
        try Data(Self.export.utf8).write(to: input)
        let output = folder.appendingPathComponent("city.xlsx")
        let result = try SingleDocument.convert(input, to: output, options: ConversionOptions(catalog: catalog)).get()
        #expect(result.document.family == "testprov-city-2024")
        #expect(result.document.unit == "测试市某局")

        let sheet = try #require(try ReadWorkbook.read(contentsOf: output).sheets.first)
        #expect(sheet.name == "项目经费")
        // The family's covers (项目 over one column, 经费来源 over three) — the general rule would split 2 + 2.
        #expect(Set(sheet.merges.map(\.a1)) == ["A1:D1", "B3:D3"])
        #expect(sheet["A5"]?.kind == .string && sheet["A5"]?.text == "0101")
        #expect(sheet["C5"]?.kind == .number && sheet["C5"]?.style.numberFormat == "#,##0")

        // Without the user's family the same export goes through the general rule.
        let plain = try SingleDocument.convert(input, to: folder.appendingPathComponent("plain.xlsx")).get()
        #expect(plain.document.family == nil)
        // No family: amounts printed with separators are shown as printed.
        #expect(plain.document.tables[0].amountFormat == nil)
        #expect(Set(plain.document.tables[0].header.merges.map(\.description)) != ["B1:D1"])
    }

    @Test func unknownForcedFamilyIsAUsageError() {
        #expect(throws: FamilyFiles.Failure.self) { try FamilyFiles.catalog(folder: nil, forced: "no-such-family") }
    }

    @Test func brokenUserFileNamesTheFile() {
        let folder = try? TemporaryFolder.make()
        guard let folder else { return }
        try? Data(#"{"name": "x", "tables": [{"kind": "nope"}]}"#.utf8).write(to: folder.appendingPathComponent("bad.json"))
        #expect { try FamilyFiles.load(folder: folder) } throws: { error in
            "\(error)".contains("bad.json") && "\(error)".contains("tables[0].kind 'nope'")
        }
    }
}
