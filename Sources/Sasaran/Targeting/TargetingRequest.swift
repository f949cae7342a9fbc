/// What to select: a rank key, one or more nested phases, and optionally the national total
/// (when the layer covers only part of the country).
public struct TargetingRequest: Sendable, Hashable {
    /// The rank key of every phase that does not set its own.
    public var rankKey: RankKey
    /// The phases, in order; at least one.
    public var phases: [Phase]
    /// The national total shares are computed against; `nil` for the sum over regions with a
    /// value.
    public var nationalTotal: Double?

    /// A run in phases.
    public init(rankKey: RankKey = .count, phases: [Phase], nationalTotal: Double? = nil) {
        self.rankKey = rankKey
        self.phases = phases
        self.nationalTotal = nationalTotal
    }

    /// A single-phase run (the default rule is ``StopRule/default``, the 75% coverage target).
    public init(rankKey: RankKey = .count, rule: StopRule = .default, constraints: Constraints = Constraints(),
                nationalTotal: Double? = nil) {
        self.init(rankKey: rankKey, phases: [Phase(name: "", rule: rule, constraints: constraints)], nationalTotal: nationalTotal)
    }
}
