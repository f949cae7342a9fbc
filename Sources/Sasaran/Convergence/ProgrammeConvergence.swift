/// One programme in a convergence report: where its amount lands relative to the list.
public struct ProgrammeConvergence: Sendable, Hashable {
    public var programme: String
    /// Whether it is a core programme.
    public var isCore: Bool
    /// Its amount over every district of the layer.
    public var totalAmount: Double
    /// Its amount in the priority districts.
    public var amountInside: Double
    /// Its amount elsewhere (``totalAmount`` − ``amountInside``).
    public var amountOutside: Double
    /// ``amountInside`` ÷ ``totalAmount``; `nil` when the programme has no amount.
    public var shareInside: Double?
    /// Leakage: ``amountOutside`` ÷ ``totalAmount`` = 1 − ``shareInside``; `nil` when no amount.
    public var leakage: Double?
    /// The list's share of the national poor (the list's coverage), to compare ``shareInside``
    /// against.
    public var listShareOfPoor: Double
    /// ``shareInside`` ÷ ``listShareOfPoor``: above 1 the programme is more concentrated on the
    /// list than the poor are; `nil` when either is missing or the list covers no poor.
    public var targetingRatio: Double?
    /// Priority districts it reaches.
    public var districtsReached: Int
    /// Districts outside the list it reaches.
    public var districtsReachedOutside: Int
    /// ``amountInside`` ÷ the poor in the list; `nil` when the list covers no poor.
    public var amountPerPoorInside: Double?
    /// ``amountOutside`` ÷ the poor outside the list; `nil` when there are none.
    public var amountPerPoorOutside: Double?
    /// The concentration index against the ranking (``ConcentrationIndex``); the same in every
    /// phase, as it does not depend on where the list stops.
    public var concentrationIndex: Double?
}
