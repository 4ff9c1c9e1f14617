import SpreadsheetModel

/// Data rows whose label the print spans across several columns, found from the columns'
/// roles where the text shape writes the label in one cell and leaves the others empty (the
/// PDF reader sees the merge drawn; the text export does not carry it):
/// - a 合计/总计 row of a code table with split 类 | 款 | 项 columns: the label spans the code
///   columns and the name column (Shanghai ` |  |  | 合计`, drawn over A–D);
/// - a total or carry-over row of a two-sided summary table whose side has several parts:
///   the label spans the parts up to the side's last amount column (Jiangsu `当年支出小计`,
///   `结转下年资金`, `支出合计` over 功能科目名称 | 金额 | 项目名称).
enum DataRowLabelSpans {
    struct Span: Equatable {
        /// Index into the table's data rows.
        var row: Int
        /// Where the export wrote the label.
        var labelColumn: Int
        var firstColumn: Int
        var lastColumn: Int
    }

    static func spans(in table: BudgetTable) -> [Span] {
        switch table.kind {
        case .budgetSummary, .fiscalGrantSummary: return summarySpans(table)
        default: return codeTotalSpans(table)
        }
    }

    private static func codeTotalSpans(_ table: BudgetTable) -> [Span] {
        let roles = ColumnRoles.of(table)
        guard case .split(let codeColumns)? = roles.code, let first = codeColumns.first, let last = codeColumns.last,
              let name = roles.name, name == last + 1 else { return [] }
        var spans: [Span] = []
        for (index, row) in table.dataRows.enumerated() {
            let filled = (first...name).filter { !CodeTableView.text(row, $0).isEmpty }
            guard filled.count == 1, let column = filled.first, column == first || column == name,
                  CodeTableView.isTotalLabel(CodeTableView.text(row, column)) else { continue }
            spans.append(Span(row: index, labelColumn: column, firstColumn: first, lastColumn: name))
        }
        return spans
    }

    private static func summarySpans(_ table: BudgetTable) -> [Span] {
        let view = SummaryTableView.of(table)
        var spans: [Span] = []
        for side in [view.income, view.spending].compactMap({ $0 }) where side.parts.count > 1 {
            guard let lastAmount = side.allAmountColumns.max(), lastAmount > side.labelColumn + 1 else { continue }
            let section = view.section(side)
            let lines = [section.currentTotal, section.grandTotal].compactMap { $0 }
                + section.carries.flatMap { [$0.top] + $0.children }
            for line in lines {
                guard let index = table.dataRows.firstIndex(where: { $0 == line.source }),
                      !CodeTableView.text(line.source, side.labelColumn).isEmpty,
                      ((side.labelColumn + 1)..<lastAmount).allSatisfy({ CodeTableView.text(line.source, $0).isEmpty })
                else { continue }
                spans.append(Span(row: index, labelColumn: side.labelColumn, firstColumn: side.labelColumn,
                                  lastColumn: lastAmount - 1))
            }
        }
        return spans.sorted { ($0.row, $0.firstColumn) < ($1.row, $1.firstColumn) }
    }
}
