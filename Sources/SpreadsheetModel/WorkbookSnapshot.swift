/// What a produced workbook holds, as read back from the file: enough to prove it faithful
/// to its source without depending on any XML library here.
public struct WorkbookSnapshot: Sendable {
    public struct Cell: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case text, number, blank, other }
        public var row: Int
        public var column: Int
        public var kind: Kind
        public var text: String
        public var numberFormat: String

        public init(row: Int, column: Int, kind: Kind, text: String, numberFormat: String) {
            self.row = row
            self.column = column
            self.kind = kind
            self.text = text
            self.numberFormat = numberFormat
        }

        public var address: String {
            GridRange(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column).description
        }
    }

    public struct Sheet: Sendable {
        public var name: String
        /// Cells in reading order (row by row, left to right).
        public var cells: [Cell]
        public var merges: [GridRange]

        public init(name: String, cells: [Cell], merges: [GridRange]) {
            self.name = name
            self.cells = cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
            self.merges = merges
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }
}
