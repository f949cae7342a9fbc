/// The exact list as a ``Selection``, so every emitter writes it as it writes a ranked one:
/// phase by phase, lock-ins first, then in rank order; no marginal region (the optimiser has no
/// crossing order).
enum OptimisedSelection {
    static func make(regions: [JoinedRegion], order: [(index: Int, phase: Int, why: SelectionReason)], request: TargetingRequest,
                     ranking: Ranking, total: Double, summaries: [PhaseSummary], greedy: Selection, target: Double?) -> Selection {
        var entries: [SelectionEntry] = []
        var cumulative = CompensatedSum()
        var chosen = Set<Int>()
        for (position, item) in order.enumerated() {
            let r = regions[item.index]
            let value = r.value ?? 0
            cumulative.add(value)
            chosen.insert(item.index)
            entries.append(SelectionEntry(
                rank: position + 1, index: item.index, code: r.code, name: r.key.name, parent: r.key.parent, value: value,
                population: r.population, rate: r.rate, rankValue: ranking.rankValue(of: item.index) ?? 0, share: value / total,
                cumulativeShare: cumulative.value / total, phase: item.phase, phaseName: summaries[item.phase - 1].name, why: item.why))
        }
        var byParent: [String: (selected: Int, withValue: Int, covered: CompensatedSum, total: CompensatedSum)] = [:]
        for (i, r) in regions.enumerated() {
            var s = byParent[r.key.parent] ?? (0, 0, CompensatedSum(), CompensatedSum())
            if let v = r.value {
                s.withValue += 1
                s.total.add(v)
                if chosen.contains(i) { s.selected += 1; s.covered.add(v) }
            }
            byParent[r.key.parent] = s
        }
        let parents = byParent.keys.sorted().map { p -> ParentSummary in
            let s = byParent[p]!
            let covered = s.covered.value, parentTotal = s.total.value
            return ParentSummary(parent: p, regionsSelected: s.selected, regionsWithValue: s.withValue,
                                 valueCovered: covered, parentTotal: parentTotal,
                                 shareOfParent: parentTotal > 0 ? covered / parentTotal : 0, shareOfNational: covered / total)
        }
        var listPositions = [Int32](repeating: -1, count: regions.count)
        for (position, item) in order.enumerated() { listPositions[item.index] = Int32(position) }
        var selection = Selection(entries: entries, rankKey: request.rankKey, ranking: ranking, total: total,
                                  totalGiven: greedy.totalGiven, target: target,
                                  valueCovered: cumulative.value, coverage: cumulative.value / total, marginal: nil,
                                  phases: summaries, parents: parents,
                                  parentsTouched: parents.filter { $0.regionsSelected > 0 }.map(\.parent),
                                  regionsWithoutValue: greedy.regionsWithoutValue, unmet: [], listPositions: listPositions)
        selection.lockedOut = greedy.lockedOut
        return selection
    }
}
