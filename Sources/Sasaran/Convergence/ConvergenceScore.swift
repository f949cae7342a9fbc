/// The convergence of the whole plan, in two numbers.
///
/// - ``amountShareInside``: the share of all programmes' total amount (one unit for the whole
///   table) that lands in the priority districts. Compare it with ``listShareOfPoor``: a plan
///   that converges puts a larger share of its money on the list than the list's share of the
///   poor.
/// - ``coreReachShare``: the share of priority districts reached by every core programme (all
///   programmes unless core ones are named).
public struct ConvergenceScore: Sendable, Hashable {
    /// All programmes' amount over every district.
    public var totalAmount: Double
    /// All programmes' amount in the priority districts.
    public var amountInside: Double
    /// ``amountInside`` ÷ ``totalAmount``; `nil` when there is no amount at all.
    public var amountShareInside: Double?
    /// The list's share of the national poor.
    public var listShareOfPoor: Double
    /// The districts in the list.
    public var priorityDistricts: Int
    /// Of those, reached by every core programme.
    public var reachedByAllCore: Int
    /// ``reachedByAllCore`` ÷ ``priorityDistricts``; `nil` for an empty list.
    public var coreReachShare: Double?
    /// Priority districts no programme reaches.
    public var unreached: Int
    /// Priority districts reached by fewer programmes than the minimum.
    public var gaps: Int
}
