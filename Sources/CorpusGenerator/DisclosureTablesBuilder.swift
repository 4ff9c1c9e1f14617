import BudgetCore

/// The tables of the 情况说明 part: 机构设置, 项目绩效目标表, 政府采购, 固定资产.
struct DisclosureTablesBuilder {
    let budget: DepartmentBudget

    private var colon: String { budget.layout == .y2025 ? ":" : "：" }
    private func money(_ cents: Int64) -> String { Amount.cell(cents, zeros: budget.writesZeros) }

    func organization(_ units: [OrganizationUnit]) -> TablePlan {
        TablePlan(title: HeaderTemplates.Titles.organization, kind: .organization, meta: nil,
                  headerRows: HeaderTemplates.organization, indexRow: nil,
                  dataRows: units.map { [$0.name, $0.nature, $0.rank, $0.funding] })
    }

    func performanceTargets() -> [TablePlan] {
        budget.targets.enumerated().map { index, target in
            TablePlan(title: "\(index + 1)、\(target.project)绩效目标表", kind: .performanceTarget, meta: nil,
                      preamble: [["绩效目标", target.targetText]], laterParagraphs: target.laterParagraphs,
                      headerRows: HeaderTemplates.performanceTarget, indexRow: nil, dataRows: target.indicators)
        }
    }

    /// 16 columns: 项目名称, 预算资金, 物品, 目录序号, 计量单位, 数量, 单价, 合计, 8 funding
    /// columns from 一般公共预算拨款 on (7 of them), 预留份额.
    func procurement(_ items: [ProcurementItem]) -> TablePlan {
        var rows: [[String]] = items.map { item in
            var row = [item.project, Amount.text(item.amount), item.item, item.catalogCode, item.unit, "\(item.quantity)",
                       Amount.text(item.unitPrice), Amount.text(item.amount)]
            row += (1...7).map { $0 == item.fundingColumn ? Amount.text(item.amount) : money(0) }
            row.append(item.reservedForSmallFirms.map(Amount.text) ?? "")
            return row
        }
        var notes = [HeaderTemplates.Notes.procurementPrices]
        if rows.isEmpty {
            rows = [Array(repeating: "", count: 16)]
            notes.append(HeaderTemplates.Notes.emptyProcurement)
        }
        return TablePlan(title: HeaderTemplates.Titles.procurement, kind: .procurement,
                         meta: [budget.unit, "单位\(colon)万元"], headerRows: HeaderTemplates.procurement(year: budget.year),
                         indexRow: nil, dataRows: rows, notes: notes)
    }

    func fixedAssets(_ assets: FixedAssets) -> TablePlan {
        func count(_ value: Int) -> String { value == 0 ? "" : "\(value)" }
        let rows = [
            ["资产总额", "", money(assets.total)],
            ["1、房屋（平方米）", count(assets.buildingArea), money(assets.buildingValue)],
            ["　　其中：办公用房（平方米）", count(assets.officeArea), ""],
            ["2、车辆（台、辆）", count(assets.vehicles), money(assets.vehicleValue)],
            ["3、单价在20万元以上的设备", count(assets.equipment), money(assets.equipmentValue)],
            ["4、其他固定资产", count(assets.others), money(assets.otherValue)],
        ]
        return TablePlan(title: HeaderTemplates.Titles.fixedAssets, kind: .fixedAssets,
                         meta: [budget.unit, "截止时间\(colon)\(budget.year - 1)-12-31"],
                         headerRows: HeaderTemplates.fixedAssets, indexRow: nil, dataRows: rows)
    }
}
