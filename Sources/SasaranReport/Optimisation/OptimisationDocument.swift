import Sasaran

/// The JSON of an exact selection beside the usual keys: the greedy list and the exact one with
/// their figures, the conflicting sets (when the request could not hold), the alternatives and
/// the core every one of them contains.
struct OptimisationDocument: Encodable {
    var goal: OptimisationGoal
    var greedy: ListFigures
    var greedyCodes: [String]
    var exact: ListFigures
    var infeasible: [Infeasibility]
    var alternatives: [AlternativeList]
    var core: [String]
    var alternativesNote: String?

    init(_ outcome: OptimisationOutcome) {
        goal = outcome.optimality.goal
        greedy = outcome.greedy
        greedyCodes = outcome.greedyCodes
        exact = outcome.exact
        infeasible = outcome.infeasibilities
        alternatives = outcome.alternatives
        core = outcome.core
        alternativesNote = outcome.alternativesNote
    }
}
