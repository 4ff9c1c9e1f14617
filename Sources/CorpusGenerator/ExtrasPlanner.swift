/// The disclosures beside the budget tables: 机构设置, 政府采购, 固定资产.
enum ExtrasPlanner {
    static func organization(unitName: String, county: String, random: inout SeededRandom) -> [OrganizationUnit] {
        let ranks = ["正科级", "副科级", "股级"]
        var units = [OrganizationUnit(name: unitName + "本级", nature: "行政", rank: "正科级", funding: "财政拨款")]
        let subordinates = ["服务中心", "事务中心", "综合执法大队", "管理站", "信息中心", "监测站"]
        for suffix in random.shuffled(subordinates).prefix(random.int(0...4)) {
            let stem = unitName.replacing("局", with: "").replacing(county, with: "")
            units.append(OrganizationUnit(name: county + stem + suffix, nature: "事业",
                                          rank: random.pick(ranks) ?? "股级",
                                          funding: random.chance(0.7) ? "财政性资金基本保证" : "财政补助"))
        }
        return units
    }

    static func procurement(projects: [String], random: inout SeededRandom) -> [ProcurementItem] {
        guard random.chance(0.55) else { return [] }
        let goods: [(String, String, String)] = [
            ("台式计算机", "A02010104", "台"), ("便携式计算机", "A02010105", "台"), ("打印设备", "A02010601", "台"),
            ("复印纸", "A05040101", "箱"), ("空调机", "A02061804", "台"), ("办公桌", "A06010201", "张"),
            ("车辆维修和保养服务", "C23120300", "项"), ("物业管理服务", "C21040000", "项"),
            ("印刷服务", "C23090000", "批"), ("视频监控设备", "A02091001", "套"),
        ]
        return (0..<random.int(1...8)).map { _ in
            let good = random.pick(goods) ?? goods[0]
            let quantity = good.2 == "项" || good.2 == "批" ? 1 : random.int(1...40)
            let price = random.spreadAmount(10, quantity == 1 ? 300_000 : 3_000)
            let funding = random.weighted([0.7, 0.0, 0.0, 0.05, 0.15, 0.1, 0.0])
            let amount = price * Int64(quantity)
            return ProcurementItem(project: random.pick(projects) ?? "日常办公", item: good.0, catalogCode: good.1,
                                   unit: good.2, quantity: quantity, unitPrice: price, fundingColumn: 1 + funding,
                                   reservedForSmallFirms: random.chance(0.3) ? amount * 4 / 10 : nil)
        }
    }

    static func fixedAssets(random: inout SeededRandom) -> FixedAssets {
        let area = random.int(0...6000)
        let vehicles = random.chance(0.5) ? random.int(1...12) : 0
        let equipment = random.chance(0.3) ? random.int(1...5) : 0
        return FixedAssets(
            buildingArea: area, officeArea: area == 0 ? 0 : random.int(area / 2...area),
            buildingValue: area == 0 ? 0 : random.spreadAmount(1_000, 500_000),
            vehicles: vehicles, vehicleValue: vehicles == 0 ? 0 : Int64(vehicles) * random.spreadAmount(500, 4_000),
            equipment: equipment, equipmentValue: equipment == 0 ? 0 : Int64(equipment) * random.spreadAmount(2_000, 20_000),
            others: random.int(1...900), otherValue: random.spreadAmount(1, 80_000))
    }
}
