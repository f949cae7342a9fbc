/// The greedy ranking's list under the constraints the optimiser has: per phase, lock-ins, then
/// parent minimums best first, then the ranking order, skipping a region that is not admissible,
/// whose parent is full, or that no longer fits the budget, until every cover target is reached
/// (with a budget or a count, until nothing more fits). Without a budget and with the value
/// column's target alone it is the list ``Targeting/select(_:request:)`` gives.
enum GreedyBaseline {
    static func codes(_ regions: [JoinedRegion], request: TargetingRequest, optimisation: OptimisationRequest,
                      cost: [Int: Double]?, coversOfLast model: SelectionModel, ranking: Ranking) -> [String] {
        var chosen = Set<Int>()
        var list: [Int] = []
        var perParent: [String: Int] = [:]
        var spent = 0.0
        let budget = optimisation.budget ?? .infinity
        let codeIndex = Dictionary(regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        let lastCovers = model.groups.filter { $0.kind == .cover }
        for (p, phase) in request.phases.enumerated() {
            let c = phase.constraints
            let focus = c.focusParents.map(Set.init)
            let lockOut = Set(c.lockOut)
            func admissible(_ i: Int) -> Bool {
                let r = regions[i]
                return r.value != nil && !lockOut.contains(r.code) && (focus?.contains(r.key.parent) ?? true)
                    && c.attributeFilters.allSatisfy { $0.admits(r.key) }
            }
            // The covers of this phase: the value target, and on the last phase the model's covers.
            let isLast = p == request.phases.count - 1
            var targets: [(coefficient: (Int) -> Double, share: Double)] = []
            if isLast {
                for group in lastCovers {
                    let row = group.rows[0]
                    var coefficient: [Int: Double] = [:]
                    for (col, a) in zip(row.columns, row.coefficients) { coefficient[model.regionOf[Int(col)]] = a }
                    targets.append(({ coefficient[$0] ?? 0 }, group.limit))
                }
            } else if let t = phase.rule.target {
                targets.append(({ (regions[$0].value ?? 0) / ranking.total }, t))
            }
            var limit = c.maxRegions ?? Int.max
            if case .count(let n) = phase.rule { limit = min(limit, n) }
            let maximising = optimisation.budget != nil || targets.isEmpty
            var sums = targets.map { t in list.reduce(0.0) { $0 + t.coefficient($1) } }
            func done() -> Bool {
                if list.count >= limit { return true }
                if maximising { return false }
                return targets.indices.allSatisfy { Targeting.reaches(sums[$0], target: targets[$0].share) }
            }
            func add(_ i: Int) {
                guard !chosen.contains(i) else { return }
                chosen.insert(i); list.append(i)
                for k in targets.indices { sums[k] += targets[k].coefficient(i) }
                perParent[regions[i].key.parent, default: 0] += 1
                spent += cost?[i] ?? 0
            }
            func fits(_ i: Int) -> Bool { spent + (cost?[i] ?? 0) <= budget * (1 + 1e-12) }
            for i in c.lockIn.compactMap({ codeIndex[$0] }).sorted(by: { (ranking.position(of: $0) ?? .max) < (ranking.position(of: $1) ?? .max) }) {
                add(i)
            }
            let ordered = ranking.order.filter { !chosen.contains($0) && admissible($0) }
            let scope = c.minimumScope(c.focusParents.map { Array(Set($0)).sorted() } ?? Array(Set(regions.map(\.key.parent))).sorted())
            if !scope.isEmpty {
                var picks: [Int] = []
                for parent in scope {
                    let need = (c.minimum(in: parent) ?? 0) - (perParent[parent] ?? 0)
                    guard need > 0 else { continue }
                    picks += ordered.lazy.filter { regions[$0].key.parent == parent && fits($0) }.prefix(need)
                }
                for i in picks.sorted(by: { ranking.position(of: $0)! < ranking.position(of: $1)! }) where list.count < limit && fits(i) { add(i) }
            }
            for i in ordered {
                if done() { break }
                if chosen.contains(i) { continue }
                if let m = c.maximum(in: regions[i].key.parent), (perParent[regions[i].key.parent] ?? 0) >= m { continue }
                if !fits(i) { continue }
                add(i)
            }
        }
        return list.map { regions[$0].code }
    }
}
