import BudgetCore
import Foundation
import XlsxReaderKit

/// `verify`: reads a workbook back and proves it faithful to its source export.
public enum WorkbookVerifier {
    public struct Report: Sendable {
        public var differences: [String]
        public var sheetCount: Int
        public var isFaithful: Bool { differences.isEmpty }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `shape` nil tells the source's shape from its lines (as convert does).
    public static func verify(book: URL, source: URL, lossy: Bool = false, shape: TextShape? = nil) throws -> Report {
        let workbook: ReadWorkbook
        do {
            workbook = try ReadWorkbook.read(contentsOf: book)
        } catch {
            throw Failure(description: "\(book.path): cannot read the workbook: \(error)")
        }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: source))
        } catch {
            throw Failure(description: "\(source.path): cannot read the source: \(error.localizedDescription)")
        }
        let decoded: DecodedText
        do {
            decoded = try SourceDecoder.decode(bytes, lossy: lossy)
        } catch {
            throw Failure(description: "\(source.path): \(error)")
        }
        // Faithfulness is checked line by line against a cell-per-line export; any other shape
        // would show as differences everywhere, so it is said plainly instead.
        let shape = shape ?? TextShape.detect(decoded.text, fileExtension: source.pathExtension)
        if case .rowPerLine = shape {
            throw Failure(description: "\(source.path): verify compares workbooks with cell-per-line exports only; this source is \(shape)")
        }
        let snapshot = SnapshotReader.snapshot(of: workbook)
        let document = DocumentReader.read(text: decoded.text, encoding: decoded.encoding)
        let layout = WorkbookPlanner.plan(document, sourceName: source.lastPathComponent)
        let narrative = document.narrative.isEmpty ? nil : layout.sheets.last?.name
        var differences = FaithfulnessCheck.differences(source: decoded.text, workbook: snapshot, narrativeSheet: narrative)
        differences += LayoutComparison.differences(expected: layout, actual: snapshot)
        return Report(differences: differences, sheetCount: workbook.sheets.count)
    }
}
