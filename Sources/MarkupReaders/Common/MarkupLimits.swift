/// Caps that keep a hostile page or document from exhausting memory or the stack.
public struct MarkupLimits: Sendable, Equatable {
    /// Deepest element nesting walked (libxml2's own XML limit is 256).
    public var maxDepth: Int
    /// Largest colspan or rowspan accepted (HTML itself caps colspan at 1000).
    public var maxSpan: Int
    /// Widest table, in columns (Excel's sheet limit).
    public var maxColumns: Int
    /// Most cells in one document, and most grid positions in one table (rows × columns, and
    /// the positions its cells' spans cover).
    public var maxCells: Int
    public var maxPositions: Int
    /// Zip members of a .docx: largest uncompressed size, total, and ratio to compressed size.
    public var maxMemberBytes: Int
    public var maxTotalBytes: Int
    public var maxCompressionRatio: Int

    public init(maxDepth: Int = 256, maxSpan: Int = 1000, maxColumns: Int = 16_384, maxCells: Int = 1_000_000,
                maxPositions: Int = 1_000_000, maxMemberBytes: Int = 64 << 20, maxTotalBytes: Int = 256 << 20,
                maxCompressionRatio: Int = 100) {
        self.maxDepth = maxDepth
        self.maxSpan = maxSpan
        self.maxColumns = maxColumns
        self.maxCells = maxCells
        self.maxPositions = maxPositions
        self.maxMemberBytes = maxMemberBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
    }

    public static let `default` = MarkupLimits()
}
