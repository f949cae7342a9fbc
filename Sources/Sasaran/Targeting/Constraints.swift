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
    /// Codes selected first, whatever their rank; they count toward coverage.
    public var lockIn: [String]
    /// Codes never selected by ranking.
    public var lockOut: [String]
    /// At most this many regions in the list at the end of the phase.
    public var maxRegions: Int?
    /// Attribute filters, all of which a region must pass (lock-ins excepted).
    public var attributeFilters: [AttributeFilter]

    /// Constraints; none by default.
    public init(focusParents: [String]? = nil, maxPerParent: Int? = nil, minPerParent: Int? = nil,
                lockIn: [String] = [], lockOut: [String] = [], maxRegions: Int? = nil,
                attributeFilters: [AttributeFilter] = []) {
        self.focusParents = focusParents
        self.maxPerParent = maxPerParent
        self.minPerParent = minPerParent
        self.lockIn = lockIn
        self.lockOut = lockOut
        self.maxRegions = maxRegions
        self.attributeFilters = attributeFilters
    }

    /// A short description of the active constraints, e.g. "focus on 7 parents, max 5 per parent".
    var summary: String {
        var parts: [String] = []
        if let f = focusParents { parts.append("focus on \(f.count) parent\(f.count == 1 ? "" : "s")") }
        if let m = maxPerParent { parts.append("max \(m) per parent") }
        if let m = minPerParent { parts.append("min \(m) per parent") }
        if let m = maxRegions { parts.append("max \(m) regions") }
        parts += attributeFilters.map(\.description)
        if !lockIn.isEmpty { parts.append("\(lockIn.count) locked in") }
        if !lockOut.isEmpty { parts.append("\(lockOut.count) locked out") }
        return parts.joined(separator: ", ")
    }
}
