/// A whole targeting run: which boundaries, which figures, and the rule. Built from command-line
/// flags or from a scenario file (``ScenarioFile``); run with ``ScenarioRunner``.
public struct Scenario: Sendable {
    /// A label for outputs.
    public var name: String
    public var boundaries: BoundaryInput
    public var indicators: IndicatorInput
    /// The rank key, phases, constraints and national total.
    public var request: TargetingRequest
    /// Parents from a table instead of the layer (the provinces of another year), if given.
    public var parents: ParentsInput?
    /// Names of the parents, if given (else a province-name field of the layer, when it has one).
    public var parentNames: ParentNamesInput?
    /// A composite index, eligibility rule or classes to compute before selecting (``IndexStage``).
    public var index: IndexSpecification?
    /// Select exactly instead of by rank (the scenario file's `optimise:` section, `rank --optimise`).
    public var optimisation: OptimisationRequest?
    /// The levels above the regions (`--levels`, the boundaries' `levels:`), for per-level quotas
    /// and summaries.
    public var hierarchy: RegionHierarchy?

    public init(name: String, boundaries: BoundaryInput, indicators: IndicatorInput, request: TargetingRequest,
                parents: ParentsInput? = nil, parentNames: ParentNamesInput? = nil) {
        self.name = name; self.boundaries = boundaries; self.indicators = indicators; self.request = request
        self.parents = parents; self.parentNames = parentNames
    }
}

/// The boundary file and how to read codes, names and parents from it.
public struct BoundaryInput: Sendable {
    public var path: String
    public var options: LayerOptions

    public init(path: String, options: LayerOptions) { self.path = path; self.options = options }
}

/// The indicator table, its columns and filters, an optional crosswalk, and the join policies.
public struct IndicatorInput: Sendable {
    public var path: String
    public var columns: IndicatorColumns
    public var crosswalk: CrosswalkInput?
    public var missing: MissingPolicy
    public var unmatched: UnmatchedPolicy

    public init(path: String, columns: IndicatorColumns, crosswalk: CrosswalkInput? = nil,
                missing: MissingPolicy = .error, unmatched: UnmatchedPolicy = .error) {
        self.path = path; self.columns = columns; self.crosswalk = crosswalk; self.missing = missing; self.unmatched = unmatched
    }
}

/// A code crosswalk CSV: table codes in column `from`, layer codes in column `to`.
public struct CrosswalkInput: Sendable {
    public var path: String
    public var from: String
    public var to: String

    public init(path: String, from: String, to: String) { self.path = path; self.from = from; self.to = to }
}
