/// How good the exact list is: the solver's status, the objective, the best bound proven, the
/// relative gap, the seconds spent, and the solver.
public struct Optimality: Sendable, Hashable, Encodable {
    /// The worst status over the phases (``SolveStatus/optimal`` when every phase is).
    public var status: SolveStatus
    public var goal: OptimisationGoal
    /// The last phase's objective (regions, cost, or covered value: see ``goal``).
    public var objective: Double?
    public var bound: Double?
    public var gap: Double?
    /// Seconds of every solve of the run (phases, tie-breaks, filters, alternatives).
    public var seconds: Double
    public var solver: String
}

/// The figures of one list under the last phase's model: what greedy ranking and the exact
/// optimiser each give, side by side.
public struct ListFigures: Sendable, Hashable, Encodable {
    public var regions: Int
    /// Total cost, with a cost.
    public var cost: Double?
    /// Share covered of each cover column (the value column always).
    public var covered: [String: Double]
    /// The goal's objective for this list.
    public var objective: Double
    /// The groups this list does not satisfy, by label.
    public var unmet: [String]
}

/// A further list of equal or near-equal objective.
public struct AlternativeList: Sendable, Hashable, Encodable {
    /// From 1 (the best list is 0).
    public var number: Int
    public var codes: [String]
    public var objective: Double
    public var regions: Int
    /// Regions of the best list it drops, and regions it adds.
    public var dropped: [String]
    public var added: [String]
}

/// A set of constraints that cannot hold together, none of which can be left out (an
/// irreducible infeasible subset, found by a deletion filter over the groups), in the planner's
/// words.
public struct Infeasibility: Sendable, Hashable, Encodable {
    /// The phase, from 1.
    public var phase: Int
    public var conflicting: [ConstraintGroup]
    /// The set in words, per-parent groups of one kind and limit said once.
    public var summary: String
    /// The conflict with its numbers ("at least 5 in Papua (94) cost at least 3.2 bn, more than the budget 2.0 bn").
    public var explanation: String
}

/// What ``Optimiser/optimise(_:request:optimisation:figures:parentNames:)`` returns: the exact
/// list as a ``Selection`` (every emitter takes it), how good it is, the greedy list beside it,
/// what could not hold together, and the alternatives with their common core.
public struct OptimisationOutcome: Sendable, Hashable {
    public var selection: Selection
    public var optimality: Optimality
    /// The greedy ranking's list under the same constraints, and its figures.
    public var greedyCodes: [String]
    public var greedy: ListFigures
    public var exact: ListFigures
    /// Conflicts found, in the order they were relaxed; empty when the request is feasible.
    public var infeasibilities: [Infeasibility]
    public var alternatives: [AlternativeList]
    /// Codes in the best list and in every alternative.
    public var core: [String]
    /// Why fewer alternatives than asked were found, if so.
    public var alternativesNote: String?
    /// Whether everything was met and proven optimal (exit status 0).
    public var isSatisfied: Bool { optimality.status == .optimal && infeasibilities.isEmpty && selection.unmet.isEmpty }
}
