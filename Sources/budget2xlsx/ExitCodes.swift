import ArgumentParser
import BudgetBatch

/// The one exit-code policy of every command (README, "Exit codes"), sysexits-style.
enum ExitCodes {
    static let ok: Int32 = 0
    /// Some documents failed, or (validate, convert --strict, verify) table findings or differences.
    static let someFailed: Int32 = 1
    static let usage: Int32 = 64
    /// The input is not a budget export (empty, binary, undecodable, no table, too large for a sheet).
    static let notAnExport: Int32 = 65
    /// The input is missing or unreadable.
    static let noInput: Int32 = 66
    /// The output (folder, workbook, manifest, report) cannot be created.
    static let cannotCreate: Int32 = 73
    /// An I/O error while writing an output.
    static let ioError: Int32 = 74
    static let interrupted: Int32 = 130

    static func code(for kind: ConversionFailure.Kind) -> Int32 {
        switch kind {
        case .missing, .unreadable: return noInput
        case .empty, .binary, .encoding, .noTable, .unknownShape, .malformed, .tooLarge: return notAnExport
        case .output: return cannotCreate
        case .writeFailed: return ioError
        case .findings: return someFailed
        }
    }

    /// A run's code from its failed documents: when every document failed, and all for the
    /// same kind of reason, that reason's code (one missing file gives 66); any other failure
    /// or a table finding gives 1.
    static func code(failures: [ConversionFailure.Kind], documents: Int, findings: Bool = false) -> Int32 {
        if !failures.isEmpty, failures.count == documents {
            let codes = Set(failures.map(code(for:)))
            if codes.count == 1, let only = codes.first { return only }
        }
        return failures.isEmpty && !findings ? ok : someFailed
    }
}

extension ExitCode {
    init(_ kind: ConversionFailure.Kind) { self.init(ExitCodes.code(for: kind)) }
}
