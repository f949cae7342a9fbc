/// The full coverage curve of one rank key: every district with a value in rank order (the
/// unconstrained ``Ranking``) with the cumulative share of the national total covered by it and
/// every district before it. Without constraints, the list for a coverage target t is the
/// curve's first ``districtsNeeded(for:)`` points.
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

    public var ranking: Ranking
    public var points: [Point]

    public var rankKey: RankKey { ranking.key }
    /// The national total (the sum over districts with a value, or the one given).
    public var total: Double { ranking.total }

    /// The curve of a ranking of `regions` (those it was built from); an error names the regions
    /// with a value that the rank key cannot rank (no population, no column value).
    public init(_ ranking: Ranking, of regions: [JoinedRegion]) throws {
        try ranking.requireRanked(regions.indices, of: regions)
        self.ranking = ranking
        points = ranking.order.enumerated().map { position, i in
            let r = regions[i]
            let value = r.value ?? 0
            return Point(rank: position + 1, code: r.code, name: r.key.name, parent: r.key.parent, value: value,
                         rankValue: ranking.rankValues[position], share: value / ranking.total,
                         cumulativeShare: ranking.cumulativeShares[position])
        }
    }

    /// The curve of `regions` (usually ``JoinResult/regions``) ranked by `key`.
    public init(_ regions: [JoinedRegion], key: RankKey, nationalTotal: Double? = nil) throws {
        try self.init(Ranking(regions, key: key, total: try Targeting.nationalTotal(of: regions, given: nationalTotal)), of: regions)
    }

    /// How many districts the curve needs to reach `target`, or `nil` when it never does.
    public func districtsNeeded(for target: Double) -> Int? { ranking.regionsNeeded(for: target) }

    /// The share covered by the first `count` districts (0 for none; the whole curve's for
    /// more than it has).
    public func coverage(atDistricts count: Int) -> Double { ranking.coverage(atRegions: count) }
}
