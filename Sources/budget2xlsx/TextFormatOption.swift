import ArgumentParser
import BudgetCore

/// `--format`: the text shape to read instead of the one the lines suggest.
enum TextFormatOption: String, ExpressibleByArgument, CaseIterable {
    case cells, rows, csv

    var shape: TextShape {
        switch self {
        case .cells: return .cellPerLine
        case .rows: return .tabRows
        case .csv: return .csv
        }
    }
}
