/// When a phase stops adding regions.
public enum StopRule: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// Add regions in rank order until the cumulative share of the national total reaches the
    /// target, in (0, 1]; the region that crosses it (the marginal region) is included.
    case coverage(Double)
    /// Stop when the list holds `n` regions (counting regions locked in and those of earlier
    /// phases).
    case count(Int)
    /// Take every admissible region the constraints allow (for example five per province).
    case constraintsOnly

    /// Encoded as its description ("coverage 0.75", "count 35", "constraints only").
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The coverage target when none is given: 75% of the national total.
    public static let defaultTarget = 0.75
    /// The rule when none is given: ``defaultTarget``.
    public static let `default` = StopRule.coverage(defaultTarget)

    public var description: String {
        switch self {
        case .coverage(let t): return "coverage \(NumberText.text(t))"
        case .count(let n): return "count \(n)"
        case .constraintsOnly: return "constraints only"
        }
    }

    /// The coverage target, for a coverage rule.
    public var target: Double? {
        if case .coverage(let t) = self { return t }
        return nil
    }

    /// The rule applied to a growing list, in one place: every selection (phases, Monte Carlo
    /// replicates) adds regions in rank order through ``walk(_:maxRegions:total:start:admits:add:)``.
    struct Walk {
        /// The list may hold at most this many regions.
        let limit: Int
        let target: Double?
        let total: Double

        init(_ rule: StopRule, maxRegions: Int?, total: Double) {
            let cap = maxRegions ?? Int.max
            switch rule {
            case .coverage(let t): limit = cap; target = t
            case .count(let n): limit = Swift.min(n, cap); target = nil
            case .constraintsOnly: limit = cap; target = nil
            }
            self.total = total
        }

        /// Whether a list of `count` regions covering `covered` needs no more regions.
        @inline(__always)
        func isDone(count: Int, covered: Double) -> Bool {
            if count >= limit { return true }
            if let target { return Targeting.reaches(covered / total, target: target) }
            return false
        }
    }

    /// Adds `candidates` (in rank order) to a list that holds `start.count` regions covering
    /// `start.covered`: each candidate `admits` lets in is passed to `add`, which returns the
    /// list's count and covered value after it, until the rule is met or the list holds
    /// `maxRegions`.
    func walk<Candidates: Sequence>(_ candidates: Candidates, maxRegions: Int?, total: Double,
                                    start: (count: Int, covered: Double),
                                    admits: (Candidates.Element) -> Bool,
                                    add: (Candidates.Element) -> (count: Int, covered: Double)) {
        let walk = Walk(self, maxRegions: maxRegions, total: total)
        var state = start
        for candidate in candidates {
            if walk.isDone(count: state.count, covered: state.covered) { return }
            if admits(candidate) { state = add(candidate) }
        }
    }
}
