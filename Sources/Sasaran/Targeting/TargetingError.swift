/// A targeting request that cannot be run at all. (Constraints that merely cannot be met give
/// a best list plus ``UnmetConstraint``s instead.)
public enum TargetingError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A coverage target outside (0, 1].
    case invalidTarget(Double)
    /// A count below 1.
    case invalidCount(Int)
    /// A constraint value that makes no sense (negative, min above max, …).
    case invalidConstraint(String)
    /// The request has no phases.
    case noPhases
    /// No region has a value above zero, so shares are undefined.
    case noValues(regions: Int)
    /// The input names a code twice.
    case duplicateCodes([String])
    /// Codes given for `role` (lock-in, lock-out) are not in the layer.
    case unknownCodes(role: String, [String])
    /// Focus parents are not parents of any region; `available` are the layer's parents.
    case unknownParents([String], available: [String])
    /// An attribute filter that no region passes; `present` are the values the attribute has.
    case filterMatchesNothing(filter: String, field: String, present: [String])
    /// Locked-in regions have no value.
    case lockInWithoutValue([String])
    /// Codes are both locked in and locked out.
    case lockConflict([String])
    /// Ranking by rate needs a population above zero for these regions.
    case populationMissing([String])
    /// The rank column is not among the table's extra columns.
    case unknownRankColumn(String, available: [String])
    /// These regions lack a value in the rank column.
    case rankValueMissing(column: String, [String])
    /// The given national total is not above zero or is below the sum of the regions' values.
    case invalidNationalTotal(given: Double, sumOfRegions: Double)

    public var description: String {
        switch self {
        case .invalidTarget(let t):
            return "target \(NumberText.text(t)) is outside (0, 1]: give a share such as 0.75"
        case .invalidCount(let n):
            return "count \(n) is invalid: select at least 1 region"
        case .invalidConstraint(let text):
            return "invalid constraint: \(text)"
        case .noPhases:
            return "the request has no phases"
        case .noValues(let n):
            return "none of the \(n) regions has a value above zero: shares are undefined"
        case .duplicateCodes(let codes):
            return "duplicate region codes: \(offenderList(codes))"
        case let .unknownCodes(role, codes):
            return "\(role) codes not in the layer: \(offenderList(codes))"
        case let .unknownParents(parents, available):
            return "focus parents not in the layer: \(offenderList(parents)); the layer's parents are \(offenderList(available))"
        case let .filterMatchesNothing(filter, field, present):
            return present.isEmpty
                ? "\(filter) matches no region: no region has the field \(field)"
                : "\(filter) matches no region; \(field) has: \(offenderList(present))"
        case .lockInWithoutValue(let codes):
            return "locked-in regions without a value: \(offenderList(codes))"
        case .lockConflict(let codes):
            return "codes both locked in and locked out: \(offenderList(codes))"
        case .populationMissing(let codes):
            return "ranking by rate needs a population above zero; missing or zero for \(offenderList(codes))"
        case let .unknownRankColumn(column, available):
            let list = available.isEmpty ? "none (load it as an extra column)" : available.joined(separator: ", ")
            return "rank column '\(column)' not loaded; available: \(list)"
        case let .rankValueMissing(column, codes):
            return "rank column '\(column)' has no value for \(offenderList(codes))"
        case let .invalidNationalTotal(given, sum):
            return "national total \(NumberText.text(given)) is invalid: it must be above zero and at least the sum over regions (\(NumberText.text(sum)))"
        }
    }
}
