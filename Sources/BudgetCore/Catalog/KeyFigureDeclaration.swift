/// Where a table carries one of a department's key figures, declared in its family's
/// `keyFigures` as `figure=source` (`"totalIncome=row:收入合计"`, `"threePublic=column:“三公”经费"`,
/// `"personnel=codes:301+303"`). Items without `=` only name a summarizing label for the docs.
public struct KeyFigureDeclaration: Sendable, Equatable, CustomStringConvertible {
    /// The roll-up's figures (`KeyFigures`' fields); 本年收入 by source is read by meaning.
    public enum Figure: String, Sendable, CaseIterable {
        case totalIncome, carryOver, totalExpenditure, basicExpenditure, projectExpenditure
        case personnel, publicFunds, threePublic, procurement
    }

    public enum Source: Sendable, Equatable {
        /// The amount printed to the right of the row labelled so (a blank amount is 0).
        case row(String)
        /// The column labelled so (a leaf label, or a header label over several columns: its
        /// first column): its 合计 row, else its only row, else the sum of its top-level codes.
        case column(String)
        /// The sum of the rows with these codes in the table's first amount column.
        case codes([String])
    }

    public var figure: Figure
    public var source: Source

    /// A `keyFigures` item read: a plain label, a declaration, or what is wrong with it.
    enum Parsed: Equatable {
        case label
        case declaration(KeyFigureDeclaration)
        case invalid(String)
    }

    static let usage = "must read figure=row:LABEL, figure=column:LABEL or figure=codes:CODE+CODE"

    /// `figure=row:LABEL`, `figure=column:LABEL`, `figure=codes:301+303`; an item without `=`
    /// is a plain label.
    static func parse(_ text: String) -> Parsed {
        guard let equals = text.firstIndex(of: "=") else { return .label }
        let name = String(text[..<equals]), rest = String(text[text.index(after: equals)...])
        guard let figure = Figure(rawValue: name) else {
            return .invalid("'\(name)' is not one of \(Figure.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let parts = rest.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else {
            return .invalid("'\(text)' \(usage)")
        }
        switch parts[0] {
        case "row": return .declaration(KeyFigureDeclaration(figure: figure, source: .row(parts[1])))
        case "column": return .declaration(KeyFigureDeclaration(figure: figure, source: .column(parts[1])))
        case "codes":
            let codes = parts[1].split(separator: "+").map(String.init)
            guard codes.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
                return .invalid("'\(text)': codes are digits joined by +")
            }
            return .declaration(KeyFigureDeclaration(figure: figure, source: .codes(codes)))
        default:
            return .invalid("'\(text)' \(usage)")
        }
    }

    public var description: String {
        switch source {
        case .row(let label): return "\(figure.rawValue)=row:\(label)"
        case .column(let label): return "\(figure.rawValue)=column:\(label)"
        case .codes(let codes): return "\(figure.rawValue)=codes:\(codes.joined(separator: "+"))"
        }
    }
}

extension TemplateEntry {
    /// The `figure=source` items of `keyFigures` (checked when the family was read).
    public var keyFigureDeclarations: [KeyFigureDeclaration] {
        keyFigures.compactMap { item in
            if case .declaration(let declaration) = KeyFigureDeclaration.parse(item) { return declaration }
            return nil
        }
    }
}
