import BudgetCore
import CLibXML2

/// Walks w:body in order: w:p → paragraphs (runs joined, w:br starting a new paragraph),
/// w:tbl → a SpannedGrid (w:gridSpan → columnSpan, w:vMerge restart/continue → rowSpan,
/// paragraphs in a cell joined with line breaks). `line` is the paragraph's number in the
/// document (1-based, cells included). Recursion is bounded by the checked nesting depth.
struct DocxWalker {
    private let fileName: String
    private let limits: MarkupLimits
    private(set) var output: [StructuredDocument.Block] = []
    private var paragraphNumber = 0
    private var cellCount = 0

    /// Elements whose text is not the document's (deleted text, field codes, drawings).
    static let skipped: Set<String> = ["del", "delText", "instrText", "AlternateContent", "drawing", "pict", "object",
                                       "rPr", "pPr", "tcPr", "trPr", "tblPr", "tblGrid", "sectPr", "commentReference"]

    init(fileName: String, limits: MarkupLimits) {
        self.fileName = fileName
        self.limits = limits
    }

    mutating func walk(_ container: XMLNodePointer) throws(MarkupReadError) {
        for child in container.elementChildren {
            switch child.xmlName {
            case "p":
                let lines = paragraphLines(child)
                for line in lines { output.append(.paragraph(Paragraph(line, line: paragraphNumber))) }
            case "tbl":
                try table(child)
            case "sdt", "sdtContent", "customXml", "ins", "smartTag":
                try walk(child)
            default:
                continue
            }
        }
    }

    /// A paragraph's text, split at w:br; counts the paragraph.
    private mutating func paragraphLines(_ paragraph: XMLNodePointer) -> [String] {
        paragraphNumber += 1
        var collector = TextCollector()
        Self.collectRuns(paragraph, into: &collector)
        return collector.takeLines()
    }

    private static func collectRuns(_ node: XMLNodePointer, into collector: inout TextCollector) {
        for child in node.elementChildren {
            let name = child.xmlName
            if skipped.contains(name) { continue }
            switch name {
            case "t":
                collector.appendVerbatim(child.children.filter(\.isText).map(\.textContent).joined())
            case "tab", "ptab":
                collector.appendVerbatim("\t")
            case "br", "cr":
                collector.breakLine(explicit: true)
            case "noBreakHyphen":
                collector.appendVerbatim("-")
            default:
                collectRuns(child, into: &collector)
            }
        }
    }

    private mutating func table(_ table: XMLNodePointer) throws(MarkupReadError) {
        var builder = GridBuilder(limits: limits, fileName: fileName)
        /// Cells open for a vertical merge, by their first column.
        var openMerges: [Int: Int] = [:]
        for row in Self.children(of: table, named: "tr") {
            builder.startRow()
            let rowLine = paragraphNumber + 1
            var column = Self.intValue(row.elementChildren.first { $0.xmlName == "trPr" }?
                .elementChildren.first { $0.xmlName == "gridBefore" }) ?? 0
            for cell in Self.children(of: row, named: "tc") {
                let properties = cell.elementChildren.first { $0.xmlName == "tcPr" }
                let span = max(Self.intValue(properties?.elementChildren.first { $0.xmlName == "gridSpan" }) ?? 1, 1)
                let vMerge = properties?.elementChildren.first { $0.xmlName == "vMerge" }
                let text = cellText(cell)
                let line = max(rowLine, 1)
                if let vMerge, vMerge.attribute("val") != "restart", let open = openMerges[column],
                   builder.cells[open].columnSpan == span, text.isEmpty {
                    builder.extendDown(open)
                } else {
                    let index = try builder.add(text, column: column, rowSpan: 1, columnSpan: span, line: line, cellCount: &cellCount)
                    if vMerge?.attribute("val") == "restart" {
                        openMerges[column] = index
                    } else {
                        openMerges[column] = nil
                    }
                }
                column += span
            }
        }
        let grid = try builder.finish(line: max(paragraphNumber, 1))
        if grid.rowCount >= 1, HTMLWalker.isDataTable(grid) {
            output.append(.grid(grid))
        } else {
            for cell in grid.cells where !cell.text.isEmpty {
                for part in cell.text.split(separator: "\n") {
                    output.append(.paragraph(Paragraph(String(part), line: cell.line)))
                }
            }
        }
    }

    /// A cell's paragraphs (nested tables' included, in order) joined with line breaks.
    private mutating func cellText(_ cell: XMLNodePointer) -> String {
        var lines: [String] = []
        collectCell(cell, into: &lines)
        return lines.joined(separator: "\n")
    }

    private mutating func collectCell(_ node: XMLNodePointer, into lines: inout [String]) {
        for child in node.elementChildren {
            switch child.xmlName {
            case "p": lines += paragraphLines(child)
            case "tcPr": continue
            default: collectCell(child, into: &lines)
            }
        }
    }

    /// Direct children named `name`, looking through content controls (w:sdt/w:sdtContent).
    static func children(of node: XMLNodePointer, named name: String) -> [XMLNodePointer] {
        var result: [XMLNodePointer] = []
        for child in node.elementChildren {
            if child.xmlName == name {
                result.append(child)
            } else if child.xmlName == "sdt" || child.xmlName == "sdtContent" || child.xmlName == "customXml" {
                result += children(of: child, named: name)
            }
        }
        return result
    }

    static func intValue(_ node: XMLNodePointer?) -> Int? {
        guard let value = node?.attribute("val"), value.count <= 6 else { return nil }
        return Int(value)
    }
}
