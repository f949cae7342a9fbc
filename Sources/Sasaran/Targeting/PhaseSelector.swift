/// Runs one phase on the growing list: lock-ins, then parent minimums (best first), then the
/// stop rule over the remaining admissible regions in rank order; then states what could not
/// be met.
struct PhaseSelector {
    let phase: Phase
    /// 1-based phase number.
    let number: Int
    let rankKey: RankKey
    let codeIndex: [String: Int]
    /// Regions without a value (for messages).
    let regionsWithoutValue: Int

    /// Adds the phase's regions to `state`; returns what could not be met.
    func run(on state: inout SelectionState) throws -> [UnmetConstraint] {
        let regions = state.regions
        let c = phase.constraints
        let focus = c.focusParents.map(Set.init)
        let lockOut = Set(c.lockOut)
        let candidates = regions.indices.filter { i in
            let r = regions[i]
            return r.value != nil && !state.contains(i) && !lockOut.contains(r.code)
                && (focus?.contains(r.key.parent) ?? true)
                && c.attributeFilters.allSatisfy { $0.admits(r.key) }
        }
        var seenLocks = Set<Int>()
        let locks = c.lockIn.compactMap { codeIndex[$0] }.filter { !state.contains($0) && seenLocks.insert($0).inserted }
        let values = try RankOrder.values(for: candidates + locks, of: regions, key: rankKey)
        let lockSet = Set(locks)
        let ordered = RankOrder.sorted(candidates.filter { !lockSet.contains($0) }, values: values, regions: regions)

        // 1. Lock-ins.
        for i in RankOrder.sorted(locks, values: values, regions: regions) {
            state.add(i, phase: number, why: .locked, rankValue: values[i] ?? 0)
        }
        let cap = c.maxRegions ?? Int.max
        func parentFull(_ parent: String) -> Bool {
            c.maxPerParent.map { state.count(inParent: parent) >= $0 } ?? false
        }

        // 2. Parent minimums, best first across parents.
        let scope = c.focusParents.map { Array(Set($0)).sorted() } ?? Array(Set(regions.map(\.key.parent))).sorted()
        if let minimum = c.minPerParent, minimum > 0 {
            var picks: [Int] = []
            for parent in scope {
                let need = minimum - state.count(inParent: parent)
                guard need > 0 else { continue }
                picks += ordered.lazy.filter { regions[$0].key.parent == parent }.prefix(need)
            }
            let position = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
            for i in picks.sorted(by: { position[$0]! < position[$1]! }) where state.count < cap {
                state.add(i, phase: number, why: .parentMinimum, rankValue: values[i] ?? 0)
            }
        }

        // 3. The stop rule.
        switch phase.rule {
        case .coverage(let t):
            if state.coverage < t - Targeting.epsilon {
                for i in ordered where !state.contains(i) {
                    if state.count >= cap { break }
                    if parentFull(regions[i].key.parent) { continue }
                    state.add(i, phase: number, why: .ranked, rankValue: values[i] ?? 0)
                    if state.coverage >= t - Targeting.epsilon { break }
                }
            }
        case .count(let n):
            let limit = min(n, cap)
            for i in ordered where !state.contains(i) {
                if state.count >= limit { break }
                if parentFull(regions[i].key.parent) { continue }
                state.add(i, phase: number, why: .ranked, rankValue: values[i] ?? 0)
            }
        case .constraintsOnly:
            for i in ordered where !state.contains(i) {
                if state.count >= cap { break }
                if parentFull(regions[i].key.parent) { continue }
                state.add(i, phase: number, why: .ranked, rankValue: values[i] ?? 0)
            }
        }
        return unmet(state: state, ordered: ordered, scope: scope)
    }

    /// The statements of what the phase could not meet.
    private func unmet(state: SelectionState, ordered: [Int], scope: [String]) -> [UnmetConstraint] {
        let c = phase.constraints
        var context = c.summary
        if regionsWithoutValue > 0 {
            context += (context.isEmpty ? "" : "; ") + "\(regionsWithoutValue) region\(regionsWithoutValue == 1 ? "" : "s") without a value left out"
        }
        let why = context.isEmpty ? "" : " (\(context))"
        let n = state.count
        let regionsWord = "region\(n == 1 ? "" : "s")"
        var result: [UnmetConstraint] = []
        switch phase.rule {
        case .coverage(let t):
            let coverage = state.coverage
            if coverage < t - Targeting.epsilon {
                result.append(UnmetConstraint(
                    kind: .target, phase: number, parent: nil, required: t, achieved: coverage,
                    message: "target \(formatValue(t)) not reached: coverage \(formatShare(coverage)) with \(n) \(regionsWord)\(why); short by \(formatShare(t - coverage))"))
            }
        case .count(let k):
            if n < k {
                result.append(UnmetConstraint(
                    kind: .count, phase: number, parent: nil, required: Double(k), achieved: Double(n),
                    message: "count \(k) not reached: \(n) \(regionsWord) admissible\(why); short by \(k - n)"))
            } else if n > k {
                result.append(UnmetConstraint(
                    kind: .count, phase: number, parent: nil, required: Double(k), achieved: Double(n),
                    message: "count \(k) exceeded: \(n) regions are locked in, carried from earlier phases or needed for parent minimums; over by \(n - k)"))
            }
        case .constraintsOnly:
            break
        }
        if let cap = c.maxRegions, n > cap {
            result.append(UnmetConstraint(
                kind: .maxRegions, phase: number, parent: nil, required: Double(cap), achieved: Double(n),
                message: "max \(cap) regions exceeded: \(n) regions are locked in or carried from earlier phases; over by \(n - cap)"))
        }
        let regions = state.regions
        if let maximum = c.maxPerParent {
            for parent in Array(state.perParent.keys).sorted() where state.count(inParent: parent) > maximum {
                let have = state.count(inParent: parent)
                result.append(UnmetConstraint(
                    kind: .maxPerParent, phase: number, parent: parent, required: Double(maximum), achieved: Double(have),
                    message: "parent \(parent): \(have) regions locked in or carried from earlier phases, above max \(maximum) per parent; over by \(have - maximum)"))
            }
        }
        if let minimum = c.minPerParent, minimum > 0 {
            for parent in scope where state.count(inParent: parent) < minimum {
                let have = state.count(inParent: parent)
                let admissible = have + ordered.filter { !state.contains($0) && regions[$0].key.parent == parent }.count
                let reason = admissible < minimum
                    ? "only \(admissible) admissible region\(admissible == 1 ? "" : "s")\(why)"
                    : "max \(c.maxRegions ?? n) regions reached"
                result.append(UnmetConstraint(
                    kind: .minPerParent, phase: number, parent: parent, required: Double(minimum), achieved: Double(have),
                    message: "parent \(parent): min \(minimum) per parent not met: \(have) selected, \(reason); short by \(minimum - have)"))
            }
        }
        return result
    }
}
