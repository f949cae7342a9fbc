/// Coverage within one parent (province).
public struct ParentSummary: Sendable, Hashable, Encodable {
    /// The parent code.
    public var parent: String
    /// The parent's name, when the run knows it.
    public var name: String? = nil
    /// Regions of the parent in the list.
    public var regionsSelected: Int
    /// Regions of the parent with a value.
    public var regionsWithValue: Int
    /// Value covered by the list in this parent.
    public var valueCovered: Double
    /// Sum of the values of the parent's regions.
    public var parentTotal: Double
    /// `valueCovered ÷ parentTotal` (0 when the parent total is 0).
    public var shareOfParent: Double
    /// `valueCovered ÷` national total.
    public var shareOfNational: Double
}

extension ParentSummary {
    /// Coverage in every parent of `regions`, parents ascending: the one tally behind the
    /// province table of a ranked list and of an optimised one.
    static func tally(_ regions: [JoinedRegion], total: Double, selected: (Int) -> Bool) -> [ParentSummary] {
        var byParent: [String: (selected: Int, withValue: Int, covered: CompensatedSum, total: CompensatedSum)] = [:]
        for (i, r) in regions.enumerated() {
            var s = byParent[r.key.parent] ?? (0, 0, CompensatedSum(), CompensatedSum())
            if let v = r.value {
                s.withValue += 1
                s.total.add(v)
                if selected(i) { s.selected += 1; s.covered.add(v) }
            }
            byParent[r.key.parent] = s
        }
        return byParent.keys.sorted().map { p -> ParentSummary in
            let s = byParent[p]!
            let covered = s.covered.value, parentTotal = s.total.value
            return ParentSummary(parent: p, regionsSelected: s.selected, regionsWithValue: s.withValue,
                                 valueCovered: covered, parentTotal: parentTotal,
                                 shareOfParent: parentTotal > 0 ? covered / parentTotal : 0, shareOfNational: covered / total)
        }
    }
}
