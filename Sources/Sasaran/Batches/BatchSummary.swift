/// One line per scenario of a batch: what its list holds and covers.
public struct BatchSummaryRow: Sendable, Hashable {
    public var scenario: String
    /// Districts in the list.
    public var districts: Int
    /// Provinces (parents) with at least one district in the list.
    public var provinces: Int
    /// Share of the national total covered.
    public var coverage: Double
    /// The value covered (for example thousands of poor).
    public var valueCovered: Double
    /// The district that crossed the target, if any.
    public var marginal: String?
    /// Its name.
    public var marginalName: String?
    /// Sum of the population of the listed districts; `nil` without a population column or
    /// when a listed district lacks one.
    public var populationCovered: Double?
    /// The last phase's coverage target, if it has one.
    public var target: Double?
    /// Constraints not met (see ``Selection/unmet``).
    public var unmet: Int

    /// The summary of one run.
    public init(_ result: RunResult) {
        let s = result.selection
        scenario = result.scenario.name
        districts = s.entries.count
        provinces = s.parentsTouched.count
        coverage = s.coverage
        valueCovered = s.valueCovered
        marginal = s.marginal
        marginalName = s.marginal.flatMap { code in s.entries.first { $0.code == code }?.name }
        let populations = s.entries.map(\.population)
        populationCovered = populations.contains(where: { $0 == nil }) || populations.isEmpty ? nil : CompensatedSum.of(populations.map { $0! })
        target = s.target
        unmet = s.unmet.count
    }
}
