/// A named group of rows of the selection model: one per-parent minimum or maximum, one lock-in,
/// the lock-outs, the focus, a filter, the maximum number of regions, the budget, a cover target.
/// It is the unit the infeasibility filter deletes and the planner reads.
public struct ConstraintGroup: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, Encodable, CaseIterable {
        case lockIn = "lock-in"
        case lockOut = "lock-out"
        case focus
        case filter
        case minPerParent = "min per parent"
        case maxPerParent = "max per parent"
        case maxRegions = "max regions"
        case count
        case budget
        case cover
    }

    public var kind: Kind
    /// The parent, for per-parent groups.
    public var parent: String?
    /// The region, for a lock-in.
    public var code: String?
    /// The column, for a cover target.
    public var column: String?
    /// The limit in the planner's units: a share for a cover, a number of regions, an amount of money.
    public var limit: Double
    /// The group as a planner says it ("at least 5 districts in 94").
    public var label: String
    /// The rows (one for every kind in this model).
    var rows: [LinearProgram.Row]
    /// Whether the group's row is a lower bound (≥) rather than an upper bound (≤).
    var isLowerBound: Bool
    /// The row's activity times `unit` is in the planner's units (the budget row is scaled to 1).
    var unit: Double = 1

    private enum CodingKeys: String, CodingKey { case kind, parent, code, column, limit, label }
}
