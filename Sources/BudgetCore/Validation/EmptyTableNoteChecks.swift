/// A note under a table saying it is empty (`故本表为空表`) while the table holds figures: the
/// note or the figures are wrong. One finding per table, at its first non-zero amount, of the
/// lower (text) severity: the note is text, the figures may well be right.
enum EmptyTableNoteChecks {
    static func check(_ table: BudgetTable, into recorder: inout CheckRecorder) {
        guard let note = table.notes.first(where: { UTF8Search.contains(TextNormalizer.compact($0.text), "空表") }) else { return }
        let roles = ColumnRoles.of(table)
        for row in table.dataRows {
            for column in roles.amounts where column < row.cells.count {
                let cell = row.cells[column]
                guard let value = Cents(parsing: cell.text), !value.isZero else { continue }
                let place = CellPlace(table: table.title, kind: table.kind, serial: "", code: "", label: "",
                                      column: TextNormalizer.compact(roles.labels[column]), line: cell.line)
                recorder.countHeld()
                recorder.record(AmountCell(value: value, place: place), expected: .zero,
                                identity: "注 本表为空表 = no figures", severity: .narrative,
                                note: "the note at line \(note.line) says the table is empty")
                return
            }
        }
        recorder.countHeld()
    }
}
