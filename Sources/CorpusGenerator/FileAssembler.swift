import BudgetCore

/// One export file of the corpus, in memory: its bytes, its manifest entry and what a
/// correct reader must find in it.
public struct GeneratedFile: Sendable {
    public var entry: CorpusFileEntry
    public var bytes: [UInt8]
    /// The tables in reading order (for a broken file: as they were before it was broken).
    public var expectedTables: [ExpectedTable]
    /// The narrative paragraphs in reading order.
    public var expectedParagraphs: [String]
}

/// Draws and writes one file: departments → blocks → lines (with quirks) → bytes (with its
/// encoding), then breaks it when asked to.
struct FileAssembler {
    let county: CountyPlan
    let countyIndex: Int
    let departmentIndex: Int
    let seed: UInt64
    let broken: BrokenKind?
    let multiDepartment: Bool

    func make() throws(CorpusError) -> GeneratedFile {
        var random = SeededRandom(seed: SeededRandom.derive(seed, UInt64(countyIndex), UInt64(departmentIndex)))
        let (encoding, lineEnding) = Self.chooseEncoding(&random)
        let style = LineRenderer.Style(
            trailingBlanks: random.chance(0.3), spaceOnlyBlankLines: random.chance(0.25), leadingSpaces: random.chance(0.3),
            brokenRows: random.chance(0.35), extraBlankLines: random.chance(0.3))
        let continued = random.chance(0.5)
        let writesZeros = random.chance(0.15)
        let year = random.int(2021...2025)

        let place = county.department(departmentIndex)
        var identities = [DepartmentPlanner.Identity(
            unitCode: county.unitCode(departmentIndex), unitName: county.name + place.name, countyName: county.name,
            mainClasses: place.mainClasses, year: year)]
        if multiDepartment {
            let suffix = random.pick(PlaceNames.subordinateSuffixes) ?? "服务中心"
            let stem = place.name.replacing("局", with: "")
            identities.append(DepartmentPlanner.Identity(
                unitCode: county.unitCode(departmentIndex) + "001", unitName: county.name + stem + suffix,
                countyName: county.name, mainClasses: place.mainClasses, year: year))
        }

        var blocks: [Block] = []
        var departments: [DepartmentEntry] = []
        for identity in identities {
            let budget = DepartmentPlanner.plan(identity, continued: continued, writesZeros: writesZeros, random: &random)
            let own = DepartmentPlanner.blocks(budget, random: &random)
            departments.append(DepartmentPlanner.entry(budget, blocks: own))
            blocks += own
        }
        if broken == .noTable {
            blocks = blocks.filter { if case .paragraph = $0 { return true } else { return false } }
        }

        var renderer = LineRenderer(style: style)
        renderer.render(blocks, random: &random)
        var truncatedRowLine: Int?
        if broken == .truncated, let row = random.pick(renderer.rowPlaces.filter { $0.cellLines.count >= 2 }) {
            let keep = random.int(1...(row.cellLines.count - 1))
            renderer.cut(after: row.cellLines[keep - 1])
            truncatedRowLine = row.cellLines[0] + 1
        }

        let bytes: [UInt8]
        switch broken {
        case .empty: bytes = []
        case .binary: bytes = BrokenFiles.binary(random: &random)
        case .invalidBytes:
            bytes = try BrokenFiles.invalidBytes(renderer.lines, encoding: encoding, lineEnding: lineEnding, random: &random)
        case .noTable, .truncated, nil:
            bytes = try ExportEncoder.encode(renderer.lines[...], encoding: encoding, lineEnding: lineEnding)
        }

        // Nothing of the layout survives in an empty or binary file.
        var quirks = broken == .empty || broken == .binary ? [] : renderer.applied
        if writesZeros, broken != .empty, broken != .binary { quirks.insert(.writtenZeros) }
        if multiDepartment { quirks.insert(.multiDepartment) }
        let keepsDepartments = broken != .empty && broken != .binary && broken != .noTable
        let fileName = Self.fileName(unit: identities[0].unitCode + identities[0].unitName, index: departmentIndex, random: &random)
        let entry = CorpusFileEntry(
            path: county.folder + "/" + fileName, county: county.folder, encoding: encoding, lineEnding: lineEnding,
            quirks: CorpusQuirk.allCases.filter { quirks.contains($0) }, expectedFailure: broken,
            truncatedRowLine: truncatedRowLine, byteCount: bytes.count, checksum: ExportEncoder.checksum(bytes),
            departments: keepsDepartments ? departments : [])
        let tables = blocks.compactMap { block -> ExpectedTable? in
            if case .table(let table) = block { return table.expected }
            return nil
        }
        return GeneratedFile(entry: entry, bytes: bytes, expectedTables: tables, expectedParagraphs: renderer.paragraphs)
    }

    /// GB18030 with CRLF is what most clerks send; then UTF-8 (any line end), UTF-8 with BOM,
    /// UTF-16LE with BOM.
    static func chooseEncoding(_ random: inout SeededRandom) -> (SourceEncoding, LineEnding) {
        switch random.weighted([0.45, 0.25, 0.15, 0.15]) {
        case 0: return (.gb18030, .crlf)
        case 1: return (.utf8, [LineEnding.lf, .crlf, .cr][random.weighted([0.6, 0.25, 0.15])])
        case 2: return (.utf8BOM, [LineEnding.crlf, .lf, .cr][random.weighted([0.5, 0.3, 0.2])])
        default: return (.utf16LE, random.chance(0.8) ? .crlf : .lf)
        }
    }

    /// `<code><unit>.txt` mostly, else `dept-07.txt`; some `.TXT`. Unique within the county.
    static func fileName(unit: String, index: Int, random: inout SeededRandom) -> String {
        let stem = random.chance(0.75) ? unit : "dept-" + (index + 1 < 10 ? "0" : "") + "\(index + 1)"
        return stem + (random.chance(0.2) ? ".TXT" : ".txt")
    }
}
