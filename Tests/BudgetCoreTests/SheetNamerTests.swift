import Testing
@testable import BudgetCore

@Suite struct SheetNamerTests {
    @Test func cleansForbiddenCharacters() {
        #expect(SheetNamer.clean("冀财社[2020]186:a/b\\c*?") == "冀财社〔2020〕186：a-b-c")
        #expect(SheetNamer.clean("'quoted'") == "quoted")
    }

    @Test func limitsLengthInUTF16Units() {
        let long = String(repeating: "预", count: 40)
        let name = SheetNamer.clean(long)
        #expect(name.utf16.count == 31)
        #expect(name.hasSuffix("…"))
        // Characters outside the BMP count two UTF-16 units.
        let astral = SheetNamer.clean(String(repeating: "𠀀", count: 20))
        #expect(astral == String(repeating: "𠀀", count: 15) + "…")
        // A cut never splits a pair: 29 units, then one that needs two of the 30 left.
        let mixed = SheetNamer.clean(String(repeating: "a", count: 29) + "𠀀𠀀")
        #expect(mixed == String(repeating: "a", count: 29) + "…")
        // The slow path (a forbidden character) cuts the same way.
        #expect(SheetNamer.clean("[" + String(repeating: "预", count: 40)) == "〔" + String(repeating: "预", count: 29) + "…")
    }

    @Test func uniqueIgnoringCaseAndNeverHistory() {
        var namer = SheetNamer()
        #expect(namer.unique("Sheet") == "Sheet")
        #expect(namer.unique("SHEET") == "SHEET(2)")
        #expect(namer.unique("sheet") == "sheet(3)")
        #expect(namer.unique("History") == "History表")
        #expect(namer.unique("") == "表")
        // Canonically equal names are one name, whichever is plain (é, or e and a combining mark).
        #expect(namer.unique("é表") == "é表")
        #expect(namer.unique("e\u{301}表") == "e\u{301}表(2)")
        #expect(namer.unique("E\u{301}表") == "E\u{301}表(3)")
        #expect(namer.unique("\u{F90A}") == "\u{F90A}")
        #expect(namer.unique("金") == "金(2)")
        let long = String(repeating: "项", count: 31)
        #expect(namer.unique(long) == long)
        let second = namer.unique(long)
        #expect(second.utf16.count <= 31 && second.hasSuffix("(2)"))
    }
}
