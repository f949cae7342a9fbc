/// One parent (province) in a convergence report: its priority districts' figures summed.
public struct ParentConvergence: Sendable, Hashable {
    /// The parent code.
    public var parent: String
    /// Its districts in the priority list.
    public var priorityDistricts: Int
    /// Of those, reached by no programme.
    public var unreached: Int
    /// Of those, gaps (reached by fewer programmes than the minimum).
    public var gaps: Int
    /// Of those, reached by every core programme.
    public var reachedByAllCore: Int
    /// The programmes reaching at least one of its priority districts, in report order.
    public var programmesPresent: [String]
    /// The poor in its priority districts.
    public var poorInside: Double
    /// The poor in all its districts with a value.
    public var poorTotal: Double
    /// All programmes' amount over all its districts.
    public var totalAmount: Double
    /// All programmes' amount in its priority districts.
    public var amountInside: Double
    /// ``amountInside`` ÷ ``totalAmount``; `nil` when no amount lands in the province.
    public var shareInside: Double?
    /// ``amountInside`` ÷ ``poorInside``; `nil` when the province has no poor in the list.
    public var amountPerPoorInside: Double?
}
