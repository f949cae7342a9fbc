/// The ranking and selection of one weight draw without Strings or dictionaries: the index of
/// every admissible region is its scores times the draw's weights (``WeightedIndex``, the same
/// function the index stage uses), the regions are sorted by it (descending, ties by code), and
/// the stop rule of a one-phase request runs over them on the count. It supports coverage
/// targets, counts and `all`, with focus parents, lock-outs (eligibility), attribute filters, a
/// maximum per parent and a maximum number of regions (those are folded into the admissible
/// set); other requests re-select with ``Targeting/select(_:request:)`` (``supports(_:)``).
/// The tests check that both give the same list for the same weights.
struct IndexDrawSelector {
    struct Item {
        var key: Double
        var codeRank: Int32
        var position: Int32
    }

    /// Region indices (layer order) that the phase may select, ascending.
    let admissible: [Int]
    /// Scores, admissible position-major: `scores[k * components + j]`.
    let scores: [Double]
    let components: Int
    let codeRank: [Int32]
    let parent: [Int32]
    let parentCount: Int
    let rule: StopRule
    let maxPerParent: Int?
    let maxRegions: Int

    /// Whether the cheap path handles `request`.
    static func supports(_ request: TargetingRequest) -> Bool {
        guard request.phases.count == 1, let c = request.phases.first?.constraints else { return false }
        return c.lockIn.isEmpty && (c.minPerParent ?? 0) == 0 && !c.hasParentQuotas
    }

    /// The selector over `regions` (layer order, with their index scores in `scoreRows`) for a
    /// request already validated by ``Targeting/select(_:request:)``. For unsupported requests
    /// only the ranking is used.
    init(regions: [JoinedRegion], scoreRows: [[Double]?], request: TargetingRequest) {
        let phase = request.phases[0]
        let c = phase.constraints
        let focus = c.focusParents.map(Set.init)
        let lockOut = Set(request.phases.flatMap(\.constraints.lockOut))
        let chosen = regions.indices.filter { i in
            let r = regions[i]
            return r.value != nil && scoreRows[i] != nil && !lockOut.contains(r.code) && (focus?.contains(r.key.parent) ?? true)
                && c.attributeFilters.allSatisfy { $0.admits(r.key) }
        }
        admissible = chosen
        components = scoreRows.lazy.compactMap { $0 }.first?.count ?? 0
        scores = chosen.flatMap { scoreRows[$0]! }
        var rank = [Int32](repeating: 0, count: chosen.count)
        for (position, k) in chosen.indices.sorted(by: { regions[chosen[$0]].code < regions[chosen[$1]].code }).enumerated() {
            rank[k] = Int32(position)
        }
        codeRank = rank
        let parents = Array(Set(chosen.map { regions[$0].key.parent })).sorted()
        let parentIndex = Dictionary(uniqueKeysWithValues: parents.enumerated().map { ($1, Int32($0)) })
        parent = chosen.map { parentIndex[regions[$0].key.parent]! }
        parentCount = parents.count
        rule = phase.rule
        maxPerParent = c.maxPerParent
        maxRegions = c.maxRegions ?? Int.max
    }

    /// Scratch space for one worker, reused across draws.
    struct Scratch {
        var items: [Item]
        var perParent: [Int32]
        /// Admissible positions chosen, in list order.
        var chosen: [Int32] = []
        /// The index of each admissible position in this draw.
        var index: [Double]

        init(_ selector: IndexDrawSelector) {
            items = selector.admissible.indices.map { Item(key: 0, codeRank: selector.codeRank[$0], position: Int32($0)) }
            perParent = Array(repeating: 0, count: selector.parentCount)
            chosen.reserveCapacity(selector.admissible.count)
            index = Array(repeating: 0, count: selector.admissible.count)
        }
    }

    /// Computes the index under `weights` from `scores` (as ``scores``) and sorts:
    /// `scratch.items` holds the ranking. The items keep the previous draw's order, which is
    /// nearly this draw's, so the sort (which finds runs) has little to do.
    func rank(weights: [Double], scores: [Double], scratch: inout Scratch) {
        let sum = WeightedIndex.weightSum(weights)
        let p = components
        scores.withUnsafeBufferPointer { s in
            weights.withUnsafeBufferPointer { w in
                scratch.index.withUnsafeMutableBufferPointer { index in
                    for k in 0..<admissible.count {
                        index[k] = WeightedIndex.combine(UnsafeBufferPointer(rebasing: s[(k * p)..<(k * p + p)]), w, weightSum: sum)
                    }
                }
            }
        }
        scratch.index.withUnsafeBufferPointer { index in
            scratch.items.withUnsafeMutableBufferPointer { items in
                for i in items.indices { items[i].key = index[Int(items[i].position)] }
            }
        }
        // Insertion sort: the items are nearly in order already (the draws are close to each
        // other), so it moves each item a few places instead of merging the whole list.
        scratch.items.withUnsafeMutableBufferPointer { items in
            for i in 1..<max(1, items.count) {
                let item = items[i]
                var j = i
                while j > 0 && Self.precedes(item, items[j - 1]) {
                    items[j] = items[j - 1]
                    j -= 1
                }
                items[j] = item
            }
        }
    }

    /// Rank order: index descending, ties by code.
    @inline(__always)
    static func precedes(_ a: Item, _ b: Item) -> Bool { a.key != b.key ? a.key > b.key : a.codeRank < b.codeRank }

    /// The stop rule over the ranking in `scratch.items` on `values` (the count of each
    /// admissible position) against `total`; the chosen positions are left in `scratch.chosen`.
    func select(values: UnsafeBufferPointer<Double>, total: Double, scratch: inout Scratch) {
        for p in scratch.perParent.indices { scratch.perParent[p] = 0 }
        scratch.chosen.removeAll(keepingCapacity: true)
        var sum = CompensatedSum()
        let limit: Int
        var threshold = Double.infinity
        switch rule {
        case .coverage(let t):
            limit = maxRegions
            threshold = t - Targeting.epsilon
        case .count(let n): limit = Swift.min(n, maxRegions)
        case .constraintsOnly: limit = maxRegions
        }
        for item in scratch.items {
            if scratch.chosen.count >= limit || sum.value / total >= threshold { break }
            let p = Int(parent[Int(item.position)])
            if let m = maxPerParent, Int(scratch.perParent[p]) >= m { continue }
            scratch.perParent[p] += 1
            scratch.chosen.append(item.position)
            sum.add(values[Int(item.position)])
        }
    }
}
