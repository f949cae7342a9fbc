/// One phase of a targeting run. Phases are nested: phase k starts from everything phases
/// before it selected (locked in) and adds to it under its own rule and constraints.
public struct Phase: Sendable, Hashable {
    /// A label for outputs ("2021 design", "75% nationally").
    public var name: String
    /// When the phase stops adding regions.
    public var rule: StopRule
    /// What the phase may add.
    public var constraints: Constraints
    /// A rank key for this phase only, overriding the request's.
    public var rankKey: RankKey?

    /// A phase.
    public init(name: String = "", rule: StopRule, constraints: Constraints = Constraints(), rankKey: RankKey? = nil) {
        self.name = name
        self.rule = rule
        self.constraints = constraints
        self.rankKey = rankKey
    }
}
