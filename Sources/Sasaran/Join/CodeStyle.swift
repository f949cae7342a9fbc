/// What a set of region codes looks like, for the message of a join that matched nothing: the
/// Kemendagri system writes dotted codes (`32.01`), BPS four digits (`3201`).
enum CodeStyle {
    /// A short description of the codes' form, with an example.
    static func describe<S: Sequence>(_ codes: S) -> String where S.Element == String {
        var counts: [String: Int] = [:]
        var examples: [String: String] = [:]
        for code in codes {
            let form = form(of: code)
            counts[form, default: 0] += 1
            if examples[form] == nil { examples[form] = code }
        }
        guard let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return "no codes" }
        return "\(top) (\(examples[top]!))"
    }

    private static func form(of code: String) -> String {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
            return "dotted codes like Kemendagri's"
        }
        if !code.isEmpty, code.allSatisfy(\.isNumber) {
            return code.count == 4 ? "four-digit codes like BPS's" : "\(code.count)-digit codes"
        }
        return "codes of letters and digits"
    }
}
