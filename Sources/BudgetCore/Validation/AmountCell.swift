/// Where an amount sits: table, row and column, as a finding names them.
struct CellPlace: Sendable {
    var table: String
    var kind: TableKind
    var serial: String
    var code: String
    var label: String
    var column: String
    var line: Int
}

/// One amount read from a table (or from the 情况说明), with its place.
struct AmountCell: Sendable {
    var value: Cents
    var place: CellPlace
}

/// The outcome of reading a cell as an amount.
enum CellRead: Sendable {
    case amount(AmountCell)
    /// The cell holds text that is not an amount.
    case unreadable(text: String, place: CellPlace)

    var amount: AmountCell? {
        if case .amount(let cell) = self { return cell }
        return nil
    }

    var place: CellPlace {
        switch self {
        case .amount(let cell): return cell.place
        case .unreadable(_, let place): return place
        }
    }

    /// A cell that does not exist (a row absent from a table) but whose value the identity
    /// takes as 0, placed where the reader should look.
    static func absent(at place: CellPlace) -> CellRead { .amount(AmountCell(value: .zero, place: place)) }
}

/// Several reads summed: an amount when every term is one.
enum SumRead {
    static func sum(_ terms: [CellRead]) -> Result<Cents, UnreadableCell> {
        var total = Cents.zero
        for term in terms {
            switch term {
            case .amount(let cell): total += cell.value
            case .unreadable(let text, let place): return .failure(UnreadableCell(text: text, place: place))
            }
        }
        return .success(total)
    }
}

struct UnreadableCell: Error {
    var text: String
    var place: CellPlace

    var reason: String { "cell “\(text)” at line \(place.line) is not an amount" }
}
