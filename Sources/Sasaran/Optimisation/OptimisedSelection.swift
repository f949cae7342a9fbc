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
        let parents = ParentSummary.tally(regions, total: total) { chosen.contains($0) }
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
