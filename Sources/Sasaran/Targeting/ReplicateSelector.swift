/// The selection of one replicate without Strings or dictionaries: the rule of a one-phase
/// request (``PhaseSelector``, the same ``StopRule/walk(_:maxRegions:total:start:admits:add:)``)
/// over the regions with a value, as integer indices. It supports
/// any rank key and stop rule with focus parents, lock-outs, attribute filters, a maximum per
/// parent and a maximum number of regions; requests with lock-ins, parent minimums or several
/// phases go through ``Targeting/select(_:request:)`` instead (``supports(_:)``). The tests
/// check that both give the same list on random replicates.
struct ReplicateSelector {
    /// A region of the ranking: its rank-key value and its place in code order (ties).
    struct Item {
        var key: Double
        var codeRank: Int32
        var slot: Int32
    }

    /// The rank key over the replicate's drawn values: the drawn value, the drawn value ÷ a fixed
    /// population, or a fixed column.
    enum Key { case count, rate([Double]), fixed([Double]) }

    let key: Key
    let rule: StopRule
    /// Slots (regions with a value) that the phase may select, ascending.
    let admissible: [Int32]
    let codeRank: [Int32]
    let parent: [Int32]
    let parentCount: Int
    let maxPerParent: Int?
    let maxRegions: Int?
    let nationalTotal: Double?

    /// Whether the fast path handles `request`.
    static func supports(_ request: TargetingRequest) -> Bool {
        guard request.phases.count == 1, let c = request.phases.first?.constraints else { return false }
        return c.lockIn.isEmpty && (c.minPerParent ?? 0) == 0 && !c.hasParentQuotas
    }

    /// The selector for `regions` (all of them with a value, in the order of the sampler's
    /// slots) and a supported request already validated by ``Targeting/select(_:request:)``.
    init(_ regions: [JoinedRegion], request: TargetingRequest) {
        let phase = request.phases[0]
        let c = phase.constraints
        let rankKey = phase.rankKey ?? request.rankKey
        switch rankKey {
        case .count: key = .count
        case .rate: key = .rate(regions.map { $0.population ?? 0 })
        case .column: key = .fixed(regions.map { rankKey.value(of: $0) ?? -.infinity })
        }
        rule = phase.rule
        let focus = c.focusParents.map(Set.init)
        let lockOut = Set(c.lockOut)
        admissible = regions.indices.filter { i in
            let r = regions[i]
            return !lockOut.contains(r.code) && (focus?.contains(r.key.parent) ?? true) && c.attributeFilters.allSatisfy { $0.admits(r.key) }
        }.map { Int32($0) }
        var rank = [Int32](repeating: 0, count: regions.count)
        for (position, i) in regions.indices.sorted(by: { regions[$0].code < regions[$1].code }).enumerated() { rank[i] = Int32(position) }
        codeRank = rank
        let parents = Array(Set(regions.map(\.key.parent))).sorted()
        let parentIndex = Dictionary(uniqueKeysWithValues: parents.enumerated().map { ($1, Int32($0)) })
        parent = regions.map { parentIndex[$0.key.parent]! }
        parentCount = parents.count
        maxPerParent = c.maxPerParent
        maxRegions = c.maxRegions
        nationalTotal = request.nationalTotal
    }

    /// Scratch space for one worker, reused across replicates.
    struct Scratch {
        var items: [Item]
        var perParent: [Int32]
        var chosen: [Int32]

        init(_ selector: ReplicateSelector) {
            items = Array(repeating: Item(key: 0, codeRank: 0, slot: 0), count: selector.admissible.count)
            perParent = Array(repeating: 0, count: selector.parentCount)
            chosen = []
            chosen.reserveCapacity(selector.admissible.count)
        }
    }

    /// The national total of a replicate: the one given, or the sum of the drawn values.
    func total(of values: UnsafeMutableBufferPointer<Double>) -> Double {
        if let nationalTotal { return nationalTotal }
        var sum = CompensatedSum()
        for v in values { sum.add(v) }
        return sum.value
    }

    /// Selects on `values`; the chosen slots are left in `scratch.chosen`, in list order.
    func select(_ values: UnsafeMutableBufferPointer<Double>, total: Double, scratch: inout Scratch) {
        switch key {
        case .count:
            for (k, slot) in admissible.enumerated() { scratch.items[k] = Item(key: values[Int(slot)], codeRank: codeRank[Int(slot)], slot: slot) }
        case .rate(let population):
            for (k, slot) in admissible.enumerated() {
                scratch.items[k] = Item(key: RankKey.rate(value: values[Int(slot)], population: population[Int(slot)]) ?? -.infinity, codeRank: codeRank[Int(slot)], slot: slot)
            }
        case .fixed(let column):
            for (k, slot) in admissible.enumerated() { scratch.items[k] = Item(key: column[Int(slot)], codeRank: codeRank[Int(slot)], slot: slot) }
        }
        scratch.items.withUnsafeMutableBufferPointer { items in
            items.sort { $0.key != $1.key ? $0.key > $1.key : $0.codeRank < $1.codeRank }
        }
        for p in scratch.perParent.indices { scratch.perParent[p] = 0 }
        scratch.chosen.removeAll(keepingCapacity: true)
        var sum = CompensatedSum()
        rule.walk(scratch.items, maxRegions: maxRegions, total: total, start: (0, 0),
                  admits: { item in maxPerParent.map { Int(scratch.perParent[Int(parent[Int(item.slot)])]) < $0 } ?? true },
                  add: { item in
                      scratch.perParent[Int(parent[Int(item.slot)])] += 1
                      scratch.chosen.append(item.slot)
                      sum.add(values[Int(item.slot)])
                      return (scratch.chosen.count, sum.value)
                  })
    }
}
