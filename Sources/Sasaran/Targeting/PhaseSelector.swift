/// Runs one phase on the growing list: lock-ins, then parent minimums (best first), then the
/// stop rule (``StopRule/walk(_:maxRegions:total:start:admits:add:)``) over the remaining
/// admissible regions in rank order; then states what could not be met.
struct PhaseSelector {
    let phase: Phase
    /// 1-based phase number.
    let number: Int
    /// The ranking by the phase's rank key.
    let ranking: Ranking
    let codeIndex: [String: Int]
    /// Regions without a value (for messages).
    let regionsWithoutValue: Int

    /// Adds the phase's regions to `state`; returns what could not be met.
    func run(on state: inout SelectionState) throws -> [UnmetConstraint] {
        let regions = state.regions
        let c = phase.constraints
        let focus = c.focusParents.map(Set.init)
        let lockOut = Set(c.lockOut)
        let admissible = { (i: Int) -> Bool in
            let r = regions[i]
            return r.value != nil && !lockOut.contains(r.code) && (focus?.contains(r.key.parent) ?? true)
                && c.attributeFilters.allSatisfy { $0.admits(r.key) }
        }
        var seenLocks = Set<Int>()
        let locks = c.lockIn.compactMap { codeIndex[$0] }.filter { !state.contains($0) && seenLocks.insert($0).inserted }
        try ranking.requireRanked(regions.indices.filter { !state.contains($0) && admissible($0) } + locks, of: regions)
        // The global order, filtered: the same as sorting the phase's candidates by the key.
        let ordered = ranking.order.filter { !state.contains($0) && !seenLocks.contains($0) && admissible($0) }
        state.beginPhase(phase.rule)
        func add(_ i: Int, _ why: SelectionReason) -> (count: Int, covered: Double) {
            state.add(i, phase: number, why: why, rankValue: ranking.rankValue(of: i) ?? 0)
        }

        // 1. Lock-ins, in rank order.
        for i in locks.sorted(by: { ranking.position(of: $0)! < ranking.position(of: $1)! }) { add(i, .locked) }

        // 2. Parent and level minimums, best first across parents and units, skipping regions
        // whose unit is at a level maximum.
        let cap = c.maxRegions ?? Int.max
        let maxima = c.levelQuotas.filter { $0.bound == .atMost }
        func levelFull(_ i: Int) -> Bool {
            maxima.contains { q in
                guard let level = q.level, level < regions[i].key.units.count else { return false }
                let unit = regions[i].key.units[level]
                return (q.unit == nil || q.unit == unit) && state.count(inLevel: level, unit: unit) >= q.count
            }
        }
        let scope = c.focusParents.map { Array(Set($0)).sorted() } ?? Array(Set(regions.map(\.key.parent))).sorted()
        let minimumScope = c.minimumScope(scope)
        if !minimumScope.isEmpty {
            var picks: [Int] = []
            for parent in minimumScope {
                let need = (c.minimum(in: parent) ?? 0) - state.count(inParent: parent)
                guard need > 0 else { continue }
                picks += ordered.lazy.filter { regions[$0].key.parent == parent }.prefix(need)
            }
            for i in picks.sorted(by: { ranking.position(of: $0)! < ranking.position(of: $1)! }) where state.count < cap {
                add(i, .parentMinimum)
            }
        }
        for quota in c.levelQuotas where quota.bound == .atLeast && quota.count > 0 {
            let level = quota.level!
            // One walk down the order, taking each unit's best regions until its need is met.
            var need: [String: Int] = [:]
            for group in quota.groups(regions) where focus == nil || group.members.contains(where: { focus!.contains(regions[$0].key.parent) }) {
                let n = quota.count - state.count(inLevel: level, unit: group.unit)
                if n > 0 { need[group.unit] = n }
            }
            var picks: [Int] = []
            for i in ordered where !need.isEmpty && !state.contains(i) && !levelFull(i) {
                let unit = regions[i].key.units[level]
                guard let n = need[unit] else { continue }
                picks.append(i)
                need[unit] = n > 1 ? n - 1 : nil
            }
            for i in picks.sorted(by: { ranking.position(of: $0)! < ranking.position(of: $1)! }) where state.count < cap && !levelFull(i) {
                add(i, .parentMinimum)
            }
        }

        // 3. The stop rule, skipping parents at their maximum.
        func parentFull(_ i: Int) -> Bool {
            c.maximum(in: regions[i].key.parent).map { state.count(inParent: regions[i].key.parent) >= $0 } ?? false
        }
        phase.rule.walk(ordered, maxRegions: c.maxRegions, total: state.total, start: (state.count, state.valueCovered),
                        admits: { !state.contains($0) && !parentFull($0) && !levelFull($0) }, add: { add($0, .ranked) })
        return unmet(state: state, ordered: ordered, scope: scope)
    }

    /// The statements of what the phase could not meet.
    private func unmet(state: SelectionState, ordered: [Int], scope: [String]) -> [UnmetConstraint] {
        let c = phase.constraints
        let focus = c.focusParents.map(Set.init)
        var context = c.summary
        if regionsWithoutValue > 0 {
            context += (context.isEmpty ? "" : "; ") + "\(regionsWithoutValue) region\(regionsWithoutValue == 1 ? "" : "s") without a value left out"
        }
        let why = context.isEmpty ? "" : "; limited by \(context)"
        let n = state.count
        let regionsWord = "region\(n == 1 ? "" : "s")"
        var result: [UnmetConstraint] = []
        switch phase.rule {
        case .coverage(let t):
            let coverage = state.coverage
            if !Targeting.reaches(coverage, target: t) {
                result.append(UnmetConstraint(
                    kind: .target, phase: number, parent: nil, required: t, achieved: coverage,
                    message: "target \(NumberText.percentInText(t)) not met: \(NumberText.percentInText(coverage)) with \(n) \(regionsWord)\(why); short by \(NumberText.percentInText(t - coverage))"))
            }
        case .count(let k):
            if n < k {
                result.append(UnmetConstraint(
                    kind: .count, phase: number, parent: nil, required: Double(k), achieved: Double(n),
                    message: "count \(k) not met: \(n) \(regionsWord) admissible\(why); short by \(k - n)"))
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
        for parent in Array(state.perParent.keys).sorted() {
            if let maximum = c.maximum(in: parent), state.count(inParent: parent) > maximum {
                let have = state.count(inParent: parent)
                result.append(UnmetConstraint(
                    kind: .maxPerParent, phase: number, parent: parent, required: Double(maximum), achieved: Double(have),
                    message: "parent \(parent): \(have) regions locked in or carried from earlier phases, above max \(maximum) per parent; over by \(have - maximum)"))
            }
        }
        for parent in c.minimumScope(scope) {
            if let minimum = c.minimum(in: parent), minimum > 0, state.count(inParent: parent) < minimum {
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
        for quota in c.levelQuotas {
            let level = quota.level!
            let name = quota.levelName ?? quota.target
            // Admissible regions still out of the list, per unit: one pass, not one per unit.
            var left: [String: Int] = [:]
            if quota.bound == .atLeast {
                for i in ordered where !state.contains(i) { left[regions[i].key.units[level], default: 0] += 1 }
            }
            for group in quota.groups(regions) {
                let have = state.count(inLevel: level, unit: group.unit)
                if quota.bound == .atMost, have > quota.count {
                    result.append(UnmetConstraint(
                        kind: .maxPerLevel, phase: number, parent: group.unit, required: Double(quota.count), achieved: Double(have),
                        message: "\(name) \(group.unit): \(have) regions locked in or carried from earlier phases, above \(quota.description); over by \(have - quota.count)"))
                }
                let inScope = focus == nil || group.members.contains { focus!.contains(regions[$0].key.parent) }
                if quota.bound == .atLeast, inScope, have < quota.count {
                    let admissible = have + (left[group.unit] ?? 0)
                    let reason = admissible < quota.count
                        ? "only \(admissible) admissible region\(admissible == 1 ? "" : "s")\(why)"
                        : (n >= (c.maxRegions ?? Int.max) ? "max \(c.maxRegions!) regions reached" : "held back by a maximum\(why)")
                    result.append(UnmetConstraint(
                        kind: .minPerLevel, phase: number, parent: group.unit, required: Double(quota.count), achieved: Double(have),
                        message: "\(name) \(group.unit): \(quota.description) not met: \(have) selected, \(reason); short by \(quota.count - have)"))
                }
            }
        }
        return result
    }
}
