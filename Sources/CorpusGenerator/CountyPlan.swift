/// A county of the corpus: its folder, and who its departments are.
struct CountyPlan {
    var folder: String
    var name: String
    var code: String
    /// Unit codes: short (`316`) or county code + 3 digits (`130530316`).
    var longUnitCodes: Bool
    var firstUnitCode: Int
    var departmentOrder: [Int]

    /// Folder names are unique: CJK `130530新河县` while the name list lasts, else (and for
    /// some counties anyway) ASCII `county-07`.
    static func plans(count: Int, seed: UInt64) -> [CountyPlan] {
        var random = SeededRandom(seed: SeededRandom.derive(seed, 0xC0))
        let names = random.shuffled(PlaceNames.counties)
        return (0..<count).map { index in
            var local = SeededRandom(seed: SeededRandom.derive(seed, 0xC0, UInt64(index)))
            let place = names[index % names.count]
            let ascii = index >= names.count || local.chance(0.3)
            let folder = ascii ? "county-" + (index + 1 < 10 ? "0" : "") + "\(index + 1)" : place.code + place.name
            return CountyPlan(folder: folder, name: place.name, code: place.code, longUnitCodes: local.chance(0.3),
                              firstUnitCode: local.int(101...400),
                              departmentOrder: local.shuffled(Array(PlaceNames.departments.indices)))
        }
    }

    /// Unit code of the department at `index`: increasing, so unique within the county.
    func unitCode(_ index: Int) -> String {
        let number = firstUnitCode + index * 3
        return longUnitCodes ? code + "\(number)" : "\(number)"
    }

    func department(_ index: Int) -> PlaceNames.Department {
        let base = PlaceNames.departments[departmentOrder[index % departmentOrder.count]]
        let round = index / departmentOrder.count
        guard round > 0 else { return base }
        return PlaceNames.Department(name: base.name + "下属第\(round + 1)单位", mainClasses: base.mainClasses)
    }
}
