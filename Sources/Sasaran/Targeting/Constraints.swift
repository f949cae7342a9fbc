/// Constraints on the regions a phase may select. All are optional; see ``Targeting`` for the
/// order in which they apply.
public struct Constraints: Sendable, Hashable {
    /// Only regions of these parents (provinces) may be selected (lock-ins excepted).
    public var focusParents: [String]?
    /// At most this many regions per parent, counting lock-ins and earlier phases.
    public var maxPerParent: Int?
    /// At least this many regions per parent in scope (the focus parents, or every parent of
    /// the layer), picked best-first before ranking.
    public var minPerParent: Int?
    /// Per-parent maximums by parent code (a province's own quota), in place of
    /// ``maxPerParent`` for the parents they name.
    public var maxByParent: [String: Int]
    /// Per-parent minimums by parent code, in place of ``minPerParent`` for the parents they
    /// name (a named parent is in scope even outside the focus).
    public var minByParent: [String: Int]
    /// Codes selected first, whatever their rank; they count toward coverage.
    public var lockIn: [String]
    /// Codes never selected by ranking.
    public var lockOut: [String]
    /// At most this many regions in the list at the end of the phase.
    public var maxRegions: Int?
    /// Attribute filters, all of which a region must pass (lock-ins excepted).
    public var attributeFilters: [AttributeFilter]
    /// Quotas at the levels of the layer's hierarchy (`--max-per kabupaten:10`), applied with the
    /// parent quotas; resolved against the hierarchy before selecting.
    public var levelQuotas: [LevelQuota] = []

    /// Constraints; none by default.
    public init(focusParents: [String]? = nil, maxPerParent: Int? = nil, minPerParent: Int? = nil,
                lockIn: [String] = [], lockOut: [String] = [], maxRegions: Int? = nil,
                attributeFilters: [AttributeFilter] = [], maxByParent: [String: Int] = [:], minByParent: [String: Int] = [:]) {
        self.maxByParent = maxByParent
        self.minByParent = minByParent
        self.focusParents = focusParents
        self.maxPerParent = maxPerParent
        self.minPerParent = minPerParent
        self.lockIn = lockIn
        self.lockOut = lockOut
        self.maxRegions = maxRegions
        self.attributeFilters = attributeFilters
    }

    /// The most regions `parent` may have: its own quota, else the one for every parent.
    public func maximum(in parent: String) -> Int? { maxByParent[parent] ?? maxPerParent }

    /// The fewest regions `parent` must have: its own quota, else the one for every parent.
    public func minimum(in parent: String) -> Int? { minByParent[parent] ?? minPerParent }

    /// Whether any parent has a quota of its own.
    public var hasParentQuotas: Bool { !maxByParent.isEmpty || !minByParent.isEmpty || !levelQuotas.isEmpty }

    /// The parents whose minimums apply: the scope (the focus, or every parent) when there is a
    /// minimum for every parent, and every parent named with a minimum of its own.
    func minimumScope(_ scope: [String]) -> [String] {
        let all = (minPerParent ?? 0) > 0 ? Set(scope) : []
        return Array(all.union(minByParent.filter { $0.value > 0 }.keys)).sorted()
    }

    /// A short description of the active constraints, e.g. "focus on 7 parents, max 5 per parent".
    var summary: String {
        var parts: [String] = []
        if let f = focusParents { parts.append("focus on \(f.count) parent\(f.count == 1 ? "" : "s")") }
        if let m = maxPerParent { parts.append("max \(m) per parent") }
        if let m = minPerParent { parts.append("min \(m) per parent") }
        if !maxByParent.isEmpty { parts.append("max " + Self.quotaText(maxByParent)) }
        if !minByParent.isEmpty { parts.append("min " + Self.quotaText(minByParent)) }
        if let m = maxRegions { parts.append("max \(m) regions") }
        parts += levelQuotas.map(\.description)
        parts += attributeFilters.map(\.description)
        if !lockIn.isEmpty { parts.append("\(lockIn.count) locked in") }
        if !lockOut.isEmpty { parts.append("\(lockOut.count) locked out") }
        return parts.joined(separator: ", ")
    }

    /// "2 in 32, 3 in 35" (parents in code order).
    static func quotaText(_ quotas: [String: Int]) -> String {
        quotas.keys.sorted().map { "\(quotas[$0]!) in \($0)" }.joined(separator: ", ")
    }
}
