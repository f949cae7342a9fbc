/// The full coverage curve of one rank key: every district with a value in rank order (key
/// descending, ties by code, as ``Targeting/rank(_:by:)`` orders them) with the cumulative share
/// of the national total covered by it and every district before it. Without constraints, the
/// list for a coverage target t is the curve's first ``districtsNeeded(for:)`` points.
public struct CoverageCurve: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        /// Position, from 1.
        public var rank: Int
        public var code: String
        public var name: String
        public var parent: String
        public var value: Double
        /// The rank key's value (the value, the rate, or the column).
        public var rankValue: Double
        /// Value ÷ national total.
        public var share: Double
        /// Share covered by the first `rank` districts.
        public var cumulativeShare: Double
    }

    public var rankKey: RankKey
    /// The national total (the sum over districts with a value, or the one given).
    public var total: Double
    public var points: [Point]

    /// The curve of `regions` (usually ``JoinResult/regions``) ranked by `key`.
    public init(_ regions: [JoinedRegion], key: RankKey, nationalTotal: Double? = nil) throws {
        let ranked = try Targeting.rank(regions, by: key)
        let sum = CompensatedSum.of(regions.compactMap(\.value))
        let total = nationalTotal ?? sum
        guard total > 0 else { throw TargetingError.noValues(regions: regions.count) }
        var cumulative = CompensatedSum()
        var points: [Point] = []
        points.reserveCapacity(ranked.count)
        for (k, r) in ranked.enumerated() {
            let value = r.value ?? 0
            cumulative.add(value)
            let rankValue: Double
            switch key {
            case .count: rankValue = value
            case .rate: rankValue = value / (r.population ?? .nan)
            case .column(let name): rankValue = r.extras[name] ?? .nan
            }
            points.append(Point(rank: k + 1, code: r.code, name: r.key.name, parent: r.key.parent, value: value,
                                rankValue: rankValue, share: value / total, cumulativeShare: cumulative.value / total))
        }
        self.rankKey = key
        self.total = total
        self.points = points
    }

    /// How many districts the curve needs to reach `target` (within ``Targeting/epsilon``), or
    /// `nil` when it never does.
    public func districtsNeeded(for target: Double) -> Int? {
        points.firstIndex { $0.cumulativeShare >= target - Targeting.epsilon }.map { $0 + 1 }
    }

    /// The share covered by the first `count` districts (0 for none; the whole curve's for
    /// more than it has).
    public func coverage(atDistricts count: Int) -> Double {
        guard count > 0, !points.isEmpty else { return 0 }
        return points[min(count, points.count) - 1].cumulativeShare
    }
}
