/// One cell's text as found in the export, with the line it started on.
public struct SourceCell: Equatable, Sendable {
    public var text: String
    public var line: Int

    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }

    public var isEmpty: Bool { text.isEmpty }
}

/// A row as found: consecutive cell lines (possibly only a fragment of a logical row).
public struct SourceRow: Equatable, Sendable {
    public var cells: [SourceCell]

    public init(_ cells: [SourceCell]) { self.cells = cells }

    public var count: Int { cells.count }
    public var line: Int { cells.first?.line ?? 0 }
    public var texts: [String] { cells.map(\.text) }
    public var isAllEmpty: Bool { cells.allSatisfy(\.isEmpty) }
}

/// A text line kept as a paragraph (narrative, or a note under a table).
public struct Paragraph: Equatable, Sendable {
    public var text: String
    public var line: Int

    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
