/// What a caller may choose about one conversion. Every command that reads exports takes
/// these same options (the command line declares them once, in an option group).
public struct ConversionOptions: Sendable {
    /// Replace bytes that are not valid text with U+FFFD (and warn) instead of failing.
    public var lossy: Bool
    /// Run the validator (convert and validate do; verify does not need it).
    public var validate: Bool
    /// The text shape to read (`--format`); nil tells it from each document's lines.
    public var shape: TextShape?
    /// The template families to read with (built-in ones, plus `--templates`, `--template`).
    public var catalog: FamilyCatalog
    /// Readers of the structured shapes (HTML, Word, PDF), tried before the text shapes.
    public var structuredReaders: [any StructuredShapeReader]

    public init(lossy: Bool = false, validate: Bool = true, shape: TextShape? = nil, catalog: FamilyCatalog = .builtin,
                structuredReaders: [any StructuredShapeReader] = []) {
        self.lossy = lossy
        self.validate = validate
        self.shape = shape
        self.catalog = catalog
        self.structuredReaders = structuredReaders
    }
}
