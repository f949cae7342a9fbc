import Sasaran

/// How a household figure is written for people and for CSV: a count or share, `<N` where the
/// small-cell rule suppressed it, `–` (text) or empty (CSV) where it is undefined.
struct HouseholdsCells {
    let minCell: Int
    /// For CSV: exact numbers, empty when undefined.
    let exact: Bool

    var suppressedMark: String { "<\(minCell)" }

    func count(_ x: Double?, _ name: String, in suppressed: [String]) -> String {
        guard let x else { return suppressed.contains(name) ? suppressedMark : (exact ? "" : "–") }
        return exact ? (NumberText.exact(x) ?? "") : NumberText.grouped(x, decimals: x.rounded() == x ? 0 : 1)
    }

    func share(_ x: Double?, _ name: String, in suppressed: [String]) -> String {
        guard let x else { return suppressed.contains(name) ? suppressedMark : (exact ? "" : "–") }
        return exact ? (NumberText.exact(x) ?? "") : NumberText.percent(x)
    }

    func ratio(_ x: Double?, _ name: String, in suppressed: [String]) -> String {
        guard let x else { return suppressed.contains(name) ? suppressedMark : (exact ? "" : "–") }
        return exact ? (NumberText.exact(x) ?? "") : String(format: "%.2f", x)
    }
}
