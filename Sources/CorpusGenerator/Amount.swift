/// Amounts are integer cents of 万元 (0.01 万元) everywhere in the generator: sums are exact,
/// and the text form is the exports' `15407.98` (two decimals, no separators).
enum Amount {
    static func text(_ cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// An amount cell: zero is blank, or `0.00` in exports that write their zeros.
    static func cell(_ cents: Int64, zeros: Bool) -> String {
        cents == 0 && !zeros ? "" : text(cents)
    }
}
