/// Several departments exported into one file, one after another. The one rule for where a
/// department starts (convert, validate, verify and the roll-up all go through it): a table
/// whose meta row names another unit, or a budget table that the current department already
/// has (or a new 收支总表 after budget tables), as when a 部门预算 is followed by the 单位预算
/// of the same unit or the meta rows name no unit at all.
/// A department owns the source lines from its first table's title to the next department's;
/// narrative paragraphs go with the department whose lines hold them.
public enum DepartmentSplitter {
    public struct Department: Sendable {
        public var document: BudgetDocument
        public var lines: ClosedRange<Int>
    }

    public static func split(_ document: BudgetDocument) -> [Department] {
        var stream = Stream(encoding: document.encoding, warnings: document.warnings, lineCount: document.lineCount,
                            family: document.family)
        // Paragraphs go to departments by line, so all of them can wait from the start.
        document.narrative.forEach { stream.add($0) }
        var departments = document.tables.compactMap { stream.add($0) }
        departments.append(stream.finish())
        guard departments.count > 1 else { return [Department(document: document, lines: 1...max(document.lineCount, 1))] }
        return departments
    }

    /// The same rule fed one table or paragraph at a time, in reading order, handing a
    /// department back as soon as the next one starts: a file read as a stream holds one
    /// department, not the whole file. `split` runs through it, so there is one rule.
    public struct Stream: Sendable {
        private let encoding: SourceEncoding
        private let warnings: [ConversionWarning]
        private let lineCount: Int
        private let family: String?
        private var tables: [BudgetTable] = []
        /// Paragraphs not yet given to a department (one whose line is before the next
        /// department's first title belongs to the department being closed).
        private var paragraphs: [Paragraph] = []
        private var currentUnit: String?
        private var start = 1
        /// Departments handed back so far.
        public private(set) var count = 0

        /// - Parameters:
        ///   - warnings: the document's own warnings, which go with its first department.
        ///   - lineCount: the line count of the whole export (every department records it).
        public init(encoding: SourceEncoding, warnings: [ConversionWarning], lineCount: Int, family: String?) {
            self.encoding = encoding
            self.warnings = warnings
            self.lineCount = lineCount
            self.family = family
        }

        public mutating func add(_ paragraph: Paragraph) { paragraphs.append(paragraph) }

        /// Adds the next table; returns the department it closes when it starts a new one.
        public mutating func add(_ table: BudgetTable) -> Department? {
            let unit = table.meta.flatMap(unitText)
            var closed: Department?
            if !tables.isEmpty, startsNewDepartment(table, unit: unit, currentUnit: currentUnit, current: tables) {
                closed = close(before: table.titleLine)
                start = table.titleLine
                currentUnit = nil
            }
            if let unit { currentUnit = unit }
            tables.append(table)
            return closed
        }

        /// The last department (the only one, holding everything, when none was closed).
        public mutating func finish() -> Department {
            let lastLine = max(lineCount, 1)
            guard count > 0 else {
                var whole = BudgetDocument(tables: tables, narrative: paragraphs, encoding: encoding, warnings: warnings,
                                           lineCount: lineCount)
                whole.family = family
                count = 1
                return Department(document: whole, lines: 1...lastLine)
            }
            let department = Department(document: document(narrative: paragraphs), lines: start...max(lastLine, start))
            paragraphs = []
            tables = []
            count += 1
            return department
        }

        private mutating func close(before nextStart: Int) -> Department {
            let mine = paragraphs.filter { $0.line < nextStart }
            paragraphs.removeAll { $0.line < nextStart }
            let department = Department(document: document(narrative: mine), lines: start...max(nextStart - 1, start))
            tables = []
            count += 1
            return department
        }

        private func document(narrative: [Paragraph]) -> BudgetDocument {
            BudgetDocument(tables: tables, narrative: narrative, encoding: encoding,
                           warnings: count == 0 ? warnings : [], lineCount: lineCount)
        }
    }

    static func startsNewDepartment(_ table: BudgetTable, unit: String?, currentUnit: String?, current: [BudgetTable]) -> Bool {
        if let unit, let currentUnit, unit != currentUnit { return true }
        guard table.kind.isBudgetTable, current.contains(where: { $0.kind.isBudgetTable }) else { return false }
        return table.kind == .budgetSummary || current.contains { $0.kind == table.kind }
    }

    static func unitText(_ meta: SourceRow) -> String? {
        meta.cells.first { MetaRowPlacer.slot(of: $0.text) == .left && !$0.isEmpty }?.text
    }
}
