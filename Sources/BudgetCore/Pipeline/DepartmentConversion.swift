import SpreadsheetModel

/// Everything one department of an export turns into: what convert writes, validate
/// reports, verify compares and the manifest records, made once by ConversionPipeline.
public struct DepartmentConversion: Sendable {
    /// 0-based position of the department in its file.
    public var index: Int
    public var document: BudgetDocument
    public var layout: WorkbookLayout
    public var report: ValidationReport
    public var keyFigures: KeyFigures
    /// The source lines that belong to this department (its tables, notes and narrative).
    public var lines: ClosedRange<Int>
    /// Appended to the input's stem to name the workbook: empty for a file holding one
    /// department, `-<unit>` (made unique within the file) for several.
    public var outputSuffix: String

    public var warnings: [ConversionWarning] { document.allWarnings }

    /// `stem` + suffix + `.xlsx`: the one place a department's workbook gets its name.
    public func outputFileName(stem: String) -> String { stem + outputSuffix + ".xlsx" }
}

/// One export converted: its departments in file order.
public struct ConvertedExport: Sendable {
    public var encoding: SourceEncoding
    /// All tables of the file (every department), for counts and warnings.
    public var document: BudgetDocument
    public var departments: [DepartmentConversion]
    /// Where the time went, for the benchmark (measured on the production path).
    public var phases: PhaseTimes
    /// The shape read: "text" for the text shapes, else the structured reader's name.
    public var shape = "text"
    /// The external tool that read it, with its version (a PDF's mutool).
    public var tool: String?
    /// The structured document a structured reader gave (verify proves workbooks against it).
    public var structured: StructuredDocument?
}
