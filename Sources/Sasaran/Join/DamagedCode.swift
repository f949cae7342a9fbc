/// Codes a spreadsheet has damaged, recognised against the codes they were meant to match: Excel
/// reads a code cell as a number unless it was text, and so drops trailing zeros ("32.10" →
/// 32.1), writes whole numbers with a fraction when exported ("3201" → "3201.0"), and drops
/// leading zeros ("01101" → 1101). The join names the likely code in its unmatched-row error
/// instead of a bare "no region".
struct DamagedCode {
    private let codes: Set<String>
    /// Codes by their text without leading zeros, for the leading-zero case.
    private let byStrippedZeros: [String: [String]]

    init<Codes: Sequence>(codes: Codes) where Codes.Element == String {
        self.codes = Set(codes)
        byStrippedZeros = Dictionary(grouping: self.codes.filter { $0.hasPrefix("0") }, by: Self.withoutLeadingZeros)
    }

    /// What probably happened to `code`, with the code it was, or nil.
    func suggestion(for code: String) -> String? {
        guard !code.isEmpty, !codes.contains(code) else { return nil }
        if code.contains("."), let meant = ["0", "00", "000"].map({ code + $0 }).first(where: codes.contains) {
            return "Excel drops trailing zeros; did you mean \(meant)?"
        }
        for fraction in [".0", ".00"] where code.hasSuffix(fraction) {
            let whole = String(code.dropLast(fraction.count))
            if codes.contains(whole) { return "a whole number written as \(code); did you mean \(whole)?" }
            if let meant = byStrippedZeros[Self.withoutLeadingZeros(whole)]?.sorted().first {
                return "a whole number written as \(code), its leading zeros dropped; did you mean \(meant)?"
            }
        }
        if code.first?.isNumber == true, let meant = byStrippedZeros[Self.withoutLeadingZeros(code)]?.sorted().first {
            return "Excel drops leading zeros; did you mean \(meant)?"
        }
        return nil
    }

    private static func withoutLeadingZeros(_ code: String) -> String {
        let stripped = code.drop { $0 == "0" }
        return stripped.isEmpty ? "0" : String(stripped)
    }
}
