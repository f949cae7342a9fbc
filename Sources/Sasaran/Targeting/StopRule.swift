/// When a phase stops adding regions.
public enum StopRule: Sendable, Hashable, CustomStringConvertible {
    /// Add regions in rank order until the cumulative share of the national total reaches the
    /// target, in (0, 1]; the region that crosses it (the marginal region) is included.
    case coverage(Double)
    /// Stop when the list holds `n` regions (counting regions locked in and those of earlier
    /// phases).
    case count(Int)
    /// Take every admissible region the constraints allow (for example five per province).
    case constraintsOnly

    public var description: String {
        switch self {
        case .coverage(let t): return "coverage \(formatValue(t))"
        case .count(let n): return "count \(n)"
        case .constraintsOnly: return "constraints only"
        }
    }
}
