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
        case parentBudget = "parent budget share"
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

extension ConstraintGroup {
    /// Groups in words, per-parent groups of the same kind and limit said once: "at least 2 in
    /// each of 22 parents (34, 36, 51, 52, 61, 62, 63, 64, …) and budget 300 bn".
    static func summary(_ groups: [ConstraintGroup], names: [String: String] = [:]) -> String {
        var parts: [String] = []
        var done = Set<Int>()
        for (k, group) in groups.enumerated() where !done.contains(k) {
            guard group.kind == .minPerParent || group.kind == .maxPerParent else {
                parts.append(SelectionModel.named(group, names)); done.insert(k); continue
            }
            let same = groups.indices.filter { groups[$0].kind == group.kind && groups[$0].limit == group.limit && !done.contains($0) }
            done.formUnion(same)
            if same.count < 3 {
                parts += same.map { SelectionModel.named(groups[$0], names) }
                continue
            }
            let parents = same.compactMap { groups[$0].parent }.map { p in names[p].map { "\($0) (\(p))" } ?? p }
            let listed = parents.prefix(8).joined(separator: ", ") + (parents.count > 8 ? ", …" : "")
            parts.append("\(group.kind == .minPerParent ? "at least" : "at most") \(Int(group.limit)) in each of \(parents.count) parents (\(listed))")
        }
        return parts.joined(separator: " and ")
    }
}
