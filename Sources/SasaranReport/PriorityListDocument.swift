import Sasaran

/// The JSON form of a run, as ``JSONEmitter`` writes it: the domain's own types, encoded by
/// ``JSONText`` (keys sorted, non-finite numbers and absent values as `null`). Only the list's
/// records have a shape of their own (``RegionRecord``, shared with GeoJSON).
struct PriorityListDocument: Encodable {
    var scenario: String
    /// The value column of the indicator table.
    var indicator: String
    /// The row filters, as `column=value`.
    var filters: [String]
    var rankBy: String
    var total: Double
    var totalGiven: Bool
    var target: Double?
    var coverage: Double
    var valueCovered: Double
    var count: Int
    var marginal: String?
    var selected: [RegionRecord]
    var parentsTouched: [String]
    var parents: [ParentSummary]
    /// The list summarised at each level of the hierarchy (absent without `--levels`).
    var levels: [LevelSummary]?
    var phases: [PhaseSummary]
    var unmet: [UnmetConstraint]
    var lockedIn: [String]
    var lockedOut: [String]
    var join: JoinReport
    var manifest: RunManifest
    /// How the index was made, with an index stage (``IndexDocument``); absent otherwise.
    var index: IndexDocument?
    /// How good the exact list is, with `rank --optimise` (``Optimality``); absent otherwise.
    var optimality: Optimality?
    /// The exact optimiser's extras: greedy beside exact, conflicts, alternatives and their core.
    var optimisation: OptimisationDocument?

    init(_ result: RunResult) {
        let s = result.selection
        let columns = result.scenario.indicators.columns
        scenario = result.scenario.name
        indicator = columns.value
        filters = columns.filters.map(\.description)
        rankBy = s.rankKey.description
        total = s.total
        totalGiven = s.totalGiven
        target = s.target
        coverage = s.coverage
        valueCovered = s.valueCovered
        count = s.entries.count
        marginal = s.marginal
        let indexFields = IndexFields(result)
        selected = s.entries.map(indexFields.record)
        index = result.index.map(IndexDocument.init)
        parentsTouched = s.parentsTouched
        parents = s.parents
        levels = s.levels.isEmpty ? nil : s.levels
        phases = s.phases
        unmet = s.unmet
        lockedIn = s.lockedIn
        lockedOut = s.lockedOut
        join = result.join.report
        manifest = result.manifest
        optimality = result.optimisation?.optimality
        optimisation = result.optimisation.map(OptimisationDocument.init)
    }
}
