import SpreadsheetModel

/// One worksheet as read back from the file.
public struct ReadSheet: Sendable {
    public var name: String
    /// Only cells present in the XML; blank styled cells are included (kind .string, text "").
    public var cells: [CellAddress: ReadCell] {
        didSet { bounds = Self.bounds(of: cells) }
    }
    public var merges: [GridRange]
    /// Column widths as stored in `<col width>` (Excel character units incl. padding).
    public var columnWidths: [Int: Double]
    /// Heights in points of rows that carry an explicit `ht`.
    public var rowHeights: [Int: Double]
    public var frozenRows: Int
    public var frozenColumns: Int
    public var printSetup: ReadPrintSetup

    /// Cached so `rowTexts` over every row stays linear instead of rescanning all cells.
    private var bounds: (maxRow: Int, maxColumn: Int)

    public init(name: String, cells: [CellAddress: ReadCell] = [:], merges: [GridRange] = [],
                columnWidths: [Int: Double] = [:], rowHeights: [Int: Double] = [:],
                frozenRows: Int = 0, frozenColumns: Int = 0, printSetup: ReadPrintSetup = ReadPrintSetup()) {
        self.name = name
        self.cells = cells
        self.merges = merges
        self.columnWidths = columnWidths
        self.rowHeights = rowHeights
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.printSetup = printSetup
        self.bounds = Self.bounds(of: cells)
    }

    private static func bounds(of cells: [CellAddress: ReadCell]) -> (maxRow: Int, maxColumn: Int) {
        var maxRow = -1
        var maxColumn = -1
        for address in cells.keys {
            maxRow = max(maxRow, address.row)
            maxColumn = max(maxColumn, address.column)
        }
        return (maxRow, maxColumn)
    }

    /// The cell at "B3"; nil when absent or the address is not valid A1.
    public subscript(_ a1: String) -> ReadCell? {
        guard let address = CellAddress(a1) else { return nil }
        return cells[address]
    }

    public func cell(row: Int, column: Int) -> ReadCell? {
        cells[CellAddress(row: row, column: column)]
    }

    /// Largest 0-based row index among present cells; -1 when the sheet has none.
    public var maxRow: Int { bounds.maxRow }
    /// Largest 0-based column index among present cells; -1 when the sheet has none.
    public var maxColumn: Int { bounds.maxColumn }

    /// Texts of columns 0...maxColumn in `row`, "" for absent cells.
    public func rowTexts(_ row: Int) -> [String] {
        guard maxColumn >= 0 else { return [] }
        return (0...maxColumn).map { cells[CellAddress(row: row, column: $0)]?.text ?? "" }
    }

    /// The merged range covering `address`, if any.
    public func mergeContaining(_ address: CellAddress) -> GridRange? {
        merges.first { $0.contains(address) }
    }
}
