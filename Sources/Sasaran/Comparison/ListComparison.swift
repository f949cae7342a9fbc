/// Two priority lists side by side.
///
/// - ``both``, ``onlyA``, ``onlyB``: codes, ascending.
/// - ``jaccard``: |A ∩ B| ÷ |A ∪ B| (1 when both lists are empty).
/// - ``spearman``: Spearman's rank correlation of the districts in both lists, their positions
///   in A and in B re-ranked 1…n among those districts (no ties are possible):
///   ρ = 1 − 6 Σ d² ÷ (n (n² − 1)); `nil` for fewer than two common districts.
/// - ``provinces``: per province in either list, the districts and the coverage (value listed
///   in the province ÷ the list's national total) in A and in B.
public struct ListComparison: Sendable, Hashable {
    /// One province's part of both lists.
    public struct Province: Sendable, Hashable {
        public var parent: String
        public var districtsA: Int
        public var districtsB: Int
        /// Value listed in the province ÷ national total of A; `nil` when A gives no total.
        public var coverageA: Double?
        public var coverageB: Double?

        public var districtChange: Int { districtsB - districtsA }
        public var coverageChange: Double? { coverageA.flatMap { a in coverageB.map { $0 - a } } }
    }

    public var nameA: String
    public var nameB: String
    public var districtsA: Int
    public var districtsB: Int
    public var coverageA: Double?
    public var coverageB: Double?
    public var both: [String]
    public var onlyA: [String]
    public var onlyB: [String]
    public var jaccard: Double
    public var spearman: Double?
    public var provinces: [Province]

    public init(_ a: RankedList, _ b: RankedList) {
        let setA = Set(a.codes), setB = Set(b.codes)
        nameA = a.name; nameB = b.name
        districtsA = a.entries.count; districtsB = b.entries.count
        both = setA.intersection(setB).sorted()
        onlyA = setA.subtracting(setB).sorted()
        onlyB = setB.subtracting(setA).sorted()
        let union = setA.union(setB).count
        jaccard = union == 0 ? 1 : Double(both.count) / Double(union)
        spearman = Self.spearman(a.codes, b.codes, common: setA.intersection(setB))
        let sumsA = Self.byParent(a), sumsB = Self.byParent(b)
        coverageA = a.total.map { total in CompensatedSum.of(a.entries.map(\.value)) / total }
        coverageB = b.total.map { total in CompensatedSum.of(b.entries.map(\.value)) / total }
        provinces = Set(sumsA.keys).union(sumsB.keys).sorted().map { parent in
            let x = sumsA[parent] ?? (0, 0), y = sumsB[parent] ?? (0, 0)
            return Province(parent: parent, districtsA: x.count, districtsB: y.count,
                            coverageA: a.total.map { x.value / $0 }, coverageB: b.total.map { y.value / $0 })
        }
    }

    private static func byParent(_ list: RankedList) -> [String: (count: Int, value: Double)] {
        var sums: [String: (count: Int, value: CompensatedSum)] = [:]
        for entry in list.entries {
            var s = sums[entry.parent] ?? (0, CompensatedSum())
            s.count += 1
            s.value.add(entry.value)
            sums[entry.parent] = s
        }
        return sums.mapValues { ($0.count, $0.value.value) }
    }

    /// Spearman's ρ of the common codes' positions in `a` and `b`.
    static func spearman(_ a: [String], _ b: [String], common: Set<String>) -> Double? {
        let n = common.count
        guard n >= 2 else { return nil }
        var rankInA: [String: Int] = [:]
        for code in a where common.contains(code) && rankInA[code] == nil { rankInA[code] = rankInA.count + 1 }
        var sumSquares = 0.0
        var position = 0
        var seen = Set<String>()
        for code in b where common.contains(code) && seen.insert(code).inserted {
            position += 1
            let d = Double(rankInA[code]! - position)
            sumSquares += d * d
        }
        let n3 = Double(n) * (Double(n) * Double(n) - 1)
        return 1 - 6 * sumSquares / n3
    }
}
