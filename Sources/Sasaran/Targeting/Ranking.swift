/// The regions with a value in rank order: key descending, ties by code ascending. Built once per
/// rank key and shared by everything that needs the order: the selection (each phase walks it,
/// skipping what it may not take), the coverage curve, the report's ranks and the convergence
/// concentration index.
public struct Ranking: Sendable, Hashable {
    /// The key the regions are ordered by.
    public let key: RankKey
    /// The national total shares are computed against.
    public let total: Double
    /// Indices of the ranked regions (into the joined regions, which are in layer order), best first.
    public let order: [Int]
    /// The key's value at each position of ``order``.
    public let rankValues: [Double]
    /// The share of the national total covered by the regions up to and including each position.
    public let cumulativeShares: [Double]
    /// Regions with a value that lack what the key needs (a population above zero, a column
    /// value), in layer order: they are not ranked.
    public let lacking: [Int]
    /// Position in ``order`` of each region, -1 when not ranked.
    private let positions: [Int32]

    /// The ranking of `regions` by `key`, shares taken of `total` (see ``Targeting/nationalTotal(of:given:)``).
    public init(_ regions: [JoinedRegion], key: RankKey, total: Double) {
        var keyed: [(index: Int, value: Double)] = []
        keyed.reserveCapacity(regions.count)
        var lacking: [Int] = []
        for (i, region) in regions.enumerated() where region.value != nil {
            if let v = key.value(of: region) { keyed.append((i, v)) } else { lacking.append(i) }
        }
        keyed.sort { a, b in a.value != b.value ? a.value > b.value : regions[a.index].code < regions[b.index].code }
        var positions = [Int32](repeating: -1, count: regions.count)
        var cumulative = CompensatedSum()
        var shares: [Double] = []
        shares.reserveCapacity(keyed.count)
        for (position, item) in keyed.enumerated() {
            positions[item.index] = Int32(position)
            cumulative.add(regions[item.index].value ?? 0)
            shares.append(cumulative.value / total)
        }
        self.key = key
        self.total = total
        self.order = keyed.map(\.index)
        self.rankValues = keyed.map(\.value)
        self.cumulativeShares = shares
        self.lacking = lacking
        self.positions = positions
    }

    /// The position (from 0) of region `index` in the ranking, or `nil` when it is not ranked.
    public func position(of index: Int) -> Int? {
        let p = positions[index]
        return p >= 0 ? Int(p) : nil
    }

    /// The rank-key value of region `index`, when it is ranked.
    public func rankValue(of index: Int) -> Double? { position(of: index).map { rankValues[$0] } }

    /// How many regions of the unconstrained ranking reach `target` (``Targeting/reaches(_:target:)``),
    /// or `nil` when all of them do not.
    public func regionsNeeded(for target: Double) -> Int? {
        cumulativeShares.firstIndex { Targeting.reaches($0, target: target) }.map { $0 + 1 }
    }

    /// The share covered by the first `count` regions (0 for none; the whole ranking's for more).
    public func coverage(atRegions count: Int) -> Double {
        guard count > 0, !cumulativeShares.isEmpty else { return 0 }
        return cumulativeShares[min(count, cumulativeShares.count) - 1]
    }

    /// Throws the error naming every region among `indices` that the key cannot rank.
    func requireRanked<S: Sequence>(_ indices: S, of regions: [JoinedRegion]) throws where S.Element == Int {
        let unranked = indices.filter { regions[$0].value != nil && positions[$0] < 0 }.map { regions[$0].code }
        guard !unranked.isEmpty else { return }
        switch key {
        case .count:
            return
        case .rate:
            throw TargetingError.populationMissing(unranked)
        case .column(let name):
            let available = Set(regions.flatMap { $0.extras.keys })
            if !available.contains(name) { throw TargetingError.unknownRankColumn(name, available: available.sorted()) }
            throw TargetingError.rankValueMissing(column: name, unranked)
        }
    }
}
