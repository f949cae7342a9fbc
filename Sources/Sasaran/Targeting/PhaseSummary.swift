/// What one phase added to the list.
public struct PhaseSummary: Sendable, Hashable, Encodable {
    /// The phase, from 1.
    public var phase: Int
    /// Its name.
    public var name: String
    /// Its stop rule.
    public var rule: StopRule
    /// Regions it added.
    public var regionsAdded: Int
    /// Value it added.
    public var valueAdded: Double
    /// Share of the national total it added.
    public var shareAdded: Double
    /// Regions in the list at its end.
    public var regionsTotal: Int
    /// Coverage at its end.
    public var coverage: Double
    /// The region that crossed its coverage target, if it has one and crossed it in this phase.
    public var marginal: String?
    /// Why the phase added nothing, when it added nothing.
    public var note: String? = nil
}
