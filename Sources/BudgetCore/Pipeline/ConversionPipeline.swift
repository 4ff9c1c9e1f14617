import SpreadsheetModel

/// The one conversion path: bytes of an export and options in, one result per department
/// out (document model, sheet layout, validation report, key figures, warnings, output name).
/// convert, validate, verify, the benchmark, the tests and the fuzz target all call this, so
/// what one command sees is what every other command sees.
public enum ConversionPipeline {
    /// - Parameter sourceName: the input's file name, recorded in the workbook properties.
    public static func run(_ bytes: [UInt8], sourceName: String,
                           options: ConversionOptions = ConversionOptions()) throws(DocumentFailure) -> ConvertedExport {
        var phases = PhaseTimes()
        if options.shape == nil {
            for reader in options.structuredReaders {
                guard let shape = reader.shape(of: bytes, fileName: sourceName) else { continue }
                let structured = try phases.measure(\.parse) { () throws(DocumentFailure) -> (StructuredRead, BudgetDocument) in
                    let read: StructuredRead
                    do {
                        read = try reader.read(bytes, fileName: sourceName)
                    } catch {
                        throw .unreadableShape(shape: shape, message: "\(error)")
                    }
                    var document = StructuredAssembler.assemble(read.document, catalog: options.catalog)
                    document.warnings = read.warnings + document.warnings
                    guard !document.tables.isEmpty else { throw .noTable(lines: document.lineCount) }
                    return (read, document)
                }
                var export = convert(structured.1, sourceName: sourceName, options: options, phases: phases)
                export.shape = shape
                export.tool = structured.0.tool
                export.structured = structured.0.document
                return export
            }
        }
        let document = try phases.measure(\.parse) { () throws(DocumentFailure) -> BudgetDocument in
            // The name's ending only tips a text without TAB lines towards CSV.
            try DocumentReader.read(bytes, shape: options.shape, fileExtension: FileNames.pathExtension(of: sourceName),
                                    lossy: options.lossy, catalog: options.catalog)
        }
        return convert(document, sourceName: sourceName, options: options, phases: phases)
    }

    /// The steps after reading: split into departments, lay out, validate, key figures.
    /// Readers of other shapes hand their BudgetDocument in here.
    public static func convert(_ document: BudgetDocument, sourceName: String, options: ConversionOptions = ConversionOptions(),
                               phases: PhaseTimes = PhaseTimes()) -> ConvertedExport {
        var phases = phases
        let departments = phases.measure(\.layout) { DepartmentSplitter.split(document) }
        var suffixes = OutputSuffixes()
        var results: [DepartmentConversion] = []
        for (index, department) in departments.enumerated() {
            let suffix = suffixes.next(for: department.document, index: index, several: departments.count > 1)
            results.append(convert(department, index: index, outputSuffix: suffix, sourceName: sourceName, options: options,
                                   phases: &phases))
        }
        return ConvertedExport(encoding: document.encoding, document: document, departments: results, phases: phases)
    }

    /// The step every department goes through, whether its file was read whole or as a
    /// stream (StreamingDepartmentReader): lay out, key figures, validate.
    public static func convert(_ department: DepartmentSplitter.Department, index: Int, outputSuffix: String,
                               sourceName: String, options: ConversionOptions, phases: inout PhaseTimes) -> DepartmentConversion {
        // Layout, key figures and validation each ask every table what its columns hold.
        var document = department.document
        document.tables = document.tables.map { $0.rememberingReadings() }
        let layout = phases.measure(\.layout) { WorkbookPlanner.plan(document, sourceName: sourceName) }
        let figures = phases.measure(\.layout) { KeyFigureExtractor.extract(document) }
        let report = options.validate ? phases.measure(\.validate) { BudgetValidator.validate(document) }
                                      : ValidationReport()
        return DepartmentConversion(index: index, document: department.document, layout: layout, report: report,
                                    keyFigures: figures, lines: department.lines, outputSuffix: outputSuffix)
    }
}

/// `-<unit>` per department when a file holds several, unique within the file (a unit that
/// comes back later, or no unit at all, gets its position: `-部门2`, `-<unit>-2`). Handed out in
/// file order: each depends only
/// on the departments before it, so a streamed file names a department as soon as it ends.
struct OutputSuffixes: Sendable {
    private var used = Set<String>()

    /// - Parameter several: whether the file holds more than one department (a file of one
    ///   department gets no suffix).
    mutating func next(for department: BudgetDocument, index: Int, several: Bool) -> String {
        guard several else { return "" }
        let unit = FileNames.safe(department.unit ?? "")
        var label = unit.isEmpty ? "部门\(index + 1)" : unit
        if used.contains(label.lowercased()) { label += "-\(index + 1)" }
        used.insert(label.lowercased())
        return "-" + label
    }
}
