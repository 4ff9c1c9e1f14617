import BudgetCore
import Foundation
import SpreadsheetModel
import XlsxReaderKit

/// `verify`: reads a workbook back and proves it faithful to its source export, through the
/// same ConversionPipeline convert used. For a source holding several departments, the
/// workbook's department is the one whose unit its properties name.
public enum WorkbookVerifier {
    public struct Report: Sendable {
        public var differences: [String]
        public var sheetCount: Int
        public var isFaithful: Bool { differences.isEmpty }
    }

    /// Why verification could not even start; `kind` says which exit code applies.
    public struct Failure: Error, CustomStringConvertible {
        public enum Kind: Sendable { case missing, unreadable, notAnExport }
        public var kind: Kind
        public var description: String
    }

    public static func verify(book: URL, source: URL, options: ConversionOptions = ConversionOptions()) throws(Failure) -> Report {
        guard FileManager.default.fileExists(atPath: book.path) else {
            throw Failure(kind: .missing, description: "\(book.path): no such file")
        }
        guard FileManager.default.fileExists(atPath: source.path) else {
            throw Failure(kind: .missing, description: "\(source.path): no such file")
        }
        let workbook: ReadWorkbook
        do {
            workbook = try ReadWorkbook.read(contentsOf: book)
        } catch {
            throw Failure(kind: .unreadable, description: "\(book.path): cannot read the workbook: \(error)")
        }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: source))
        } catch {
            throw Failure(kind: .unreadable, description: "\(source.path): cannot read the source: \(error.localizedDescription)")
        }
        var options = options
        options.validate = false
        let export: ConvertedExport
        do {
            export = try ConversionPipeline.run(bytes, sourceName: source.lastPathComponent, options: options)
        } catch {
            throw Failure(kind: .notAnExport, description: "\(source.path): \(error)")
        }
        guard let department = department(of: workbook, book: book, in: export) else {
            let units = export.departments.map { $0.document.unit ?? "?" }.joined(separator: ", ")
            throw Failure(kind: .notAnExport, description:
                "\(book.path): its unit '\(workbook.customProperties[DocumentProperties.unitProperty] ?? "")' is none of the \(export.departments.count) departments in \(source.path) (\(units))")
        }
        let snapshot = SnapshotReader.snapshot(of: workbook)
        let narrative = department.document.narrative.isEmpty ? nil : department.layout.sheets.last?.name
        // The source's cells as the reader saw them, in the shape it was read in.
        let pieces: [FaithfulnessCheck.Piece]
        if let structured = export.structured {
            pieces = FaithfulnessCheck.sourcePieces(of: structured)
        } else {
            let text = (try? SourceDecoder.decode(bytes, lossy: options.lossy))?.text ?? ""
            pieces = FaithfulnessCheck.sourcePieces(of: DocumentReader.tokens(text: text, shape: options.shape,
                                                                              fileExtension: source.pathExtension))
        }
        var differences = FaithfulnessCheck.differences(pieces: pieces, lines: department.lines, workbook: snapshot,
                                                        narrativeSheet: narrative)
        differences += LayoutComparison.differences(expected: department.layout, actual: snapshot)
        return Report(differences: differences, sheetCount: workbook.sheets.count)
    }

    /// The department a workbook holds: the only one, or the one whose output name the
    /// workbook's file name ends with, or the one whose unit its properties name.
    static func department(of workbook: ReadWorkbook, book: URL, in export: ConvertedExport) -> DepartmentConversion? {
        if export.departments.count == 1 { return export.departments.first }
        let stem = book.deletingPathExtension().lastPathComponent
        if let named = export.departments.last(where: { !$0.outputSuffix.isEmpty && stem.hasSuffix($0.outputSuffix) }) {
            return named
        }
        let unit = workbook.customProperties[DocumentProperties.unitProperty] ?? ""
        let matching = export.departments.filter { ($0.document.unit ?? "") == unit }
        return matching.count == 1 ? matching.first : nil
    }
}
