import Sasaran

/// The facts both human-facing emitters open with, as text: what was ranked, against what
/// total, to what target, with what result.
struct RunHeading {
    var scenario: String
    /// The value column.
    var indicator: String
    /// The row filters joined with " and " ("tahun=2023"), empty when none.
    var filters: String
    var rankBy: String
    /// The national total and where it comes from.
    var total: String
    /// The last phase's coverage target as a percentage, when it has one.
    var target: String?
    /// The coverage reached as a percentage.
    var coverage: String
    var valueCovered: String
    var count: Int
    /// The marginal region as a name with its code and figure, when there is one:
    /// "Kabupaten Konawe Selatan (74.05): 45.67, reaching 75.10%".
    var marginal: String?
    /// The codes locked in and locked out, comma-separated, when there are any.
    var lockedIn: String?
    var lockedOut: String?

    /// The facts of `result`, numbers written in `form`.
    init(_ result: RunResult, form: NumberForm = .plain) {
        let s = result.selection
        let columns = result.scenario.indicators.columns
        scenario = result.scenario.name
        indicator = columns.value
        filters = columns.filters.map(\.description).joined(separator: " and ")
        rankBy = s.rankKey.description
        let withValue = s.parents.reduce(0) { $0 + $1.regionsWithValue }
        total = NumberText.display(s.total, form: form) + (s.totalGiven ? " (given)" : " (sum over \(withValue) regions with a value)")
        target = s.target.map { NumberText.percent($0, form: form) + "%" }
        coverage = NumberText.percent(s.coverage, form: form) + "%"
        valueCovered = NumberText.display(s.valueCovered, form: form)
        count = s.entries.count
        marginal = s.marginalEntry.map {
            "\($0.name) (\($0.code)): \(NumberText.display($0.value, form: form)), reaching \(NumberText.percent($0.cumulativeShare, form: form))%"
        }
        lockedIn = s.lockedIn.isEmpty ? nil : s.lockedIn.joined(separator: ", ")
        lockedOut = s.lockedOut.isEmpty ? nil : s.lockedOut.joined(separator: ", ")
    }
}
