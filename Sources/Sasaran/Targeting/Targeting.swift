/// Ranking and selection of regions by their share of the national total.
///
/// Semantics (see DESIGN.md, "Semantics that must not drift"):
/// - share = value ÷ national total (the sum over regions with a value, unless given);
/// - order: rank key descending, ties by code ascending;
/// - a coverage target adds regions until the cumulative share reaches it (within 1e-12), the
///   crossing (marginal) region included;
/// - constraints that cannot be met give the best list plus ``UnmetConstraint``s;
/// - phases are nested: each starts from everything earlier phases selected.
///
/// Within a phase: lock-ins come first, then regions needed for parent minimums (best first),
/// then the stop rule over the admissible regions (with a value, not locked out, in the focus
/// parents, passing the attribute filters) in rank order, skipping parents at their maximum
/// and stopping at the maximum number of regions.
public enum Targeting {
    /// The tolerance under which a cumulative share counts as having reached the target.
    public static let epsilon = 1e-12

    /// Selects regions from `regions` (usually ``JoinResult/regions``) as `request` asks.
    /// Regions without a value are left out and listed in ``Selection/regionsWithoutValue``.
    public static func select(_ regions: [JoinedRegion], request: TargetingRequest) throws -> Selection {
        var codeIndex: [String: Int] = [:]
        var duplicates: [String] = []
        for (i, r) in regions.enumerated() {
            if codeIndex[r.code] != nil { duplicates.append(r.code) } else { codeIndex[r.code] = i }
        }
        if !duplicates.isEmpty { throw TargetingError.duplicateCodes(duplicates) }
        let total = try TargetingValidation.validate(request, regions: regions, codeIndex: codeIndex)
        let withoutValue = regions.filter { $0.value == nil }.map(\.code)

        var state = SelectionState(regions: regions, total: total)
        var unmet: [UnmetConstraint] = []
        var summaries: [PhaseSummary] = []
        for (k, phase) in request.phases.enumerated() {
            let startCount = state.count
            let startValue = state.valueCovered
            let selector = PhaseSelector(phase: phase, number: k + 1, rankKey: phase.rankKey ?? request.rankKey,
                                         codeIndex: codeIndex, regionsWithoutValue: withoutValue.count)
            unmet += try selector.run(on: &state)
            summaries.append(summary(of: phase, number: k + 1, state: state, startCount: startCount, startValue: startValue))
        }
        return assemble(state: state, request: request, summaries: summaries, unmet: unmet, withoutValue: withoutValue)
    }

    /// The regions with a value in rank order (key descending, ties by code): the full ranking
    /// a coverage curve is drawn from.
    public static func rank(_ regions: [JoinedRegion], by key: RankKey = .count) throws -> [JoinedRegion] {
        let indices = regions.indices.filter { regions[$0].value != nil }
        let values = try RankOrder.values(for: Array(indices), of: regions, key: key)
        return RankOrder.sorted(Array(indices), values: values, regions: regions).map { regions[$0] }
    }

    private static func summary(of phase: Phase, number: Int, state: SelectionState, startCount: Int, startValue: Double) -> PhaseSummary {
        var marginal: String?
        if case .coverage(let t) = phase.rule {
            let threshold = t - epsilon
            var before = startValue
            for position in startCount..<state.count {
                let after = state.cumulativeValues[position]
                if before / state.total < threshold && after / state.total >= threshold {
                    marginal = state.regions[state.order[position]].code
                    break
                }
                before = after
            }
        }
        let added = state.valueCovered - startValue
        return PhaseSummary(phase: number, name: phase.name.isEmpty ? "phase \(number)" : phase.name, rule: phase.rule,
                            regionsAdded: state.count - startCount, valueAdded: added, shareAdded: added / state.total,
                            regionsTotal: state.count, coverage: state.coverage, marginal: marginal)
    }

    private static func assemble(state: SelectionState, request: TargetingRequest, summaries: [PhaseSummary],
                                 unmet: [UnmetConstraint], withoutValue: [String]) -> Selection {
        let regions = state.regions
        let total = state.total
        var entries: [SelectionEntry] = []
        entries.reserveCapacity(state.count)
        for (position, i) in state.order.enumerated() {
            let r = regions[i]
            let value = r.value ?? 0
            let phase = state.phaseOf[position]
            entries.append(SelectionEntry(
                rank: position + 1, code: r.code, name: r.key.name, parent: r.key.parent, value: value,
                population: r.population, rate: r.population.flatMap { $0 > 0 ? value / $0 : nil },
                rankValue: state.rankValues[position], share: value / total,
                cumulativeShare: state.cumulativeValues[position] / total,
                phase: phase, phaseName: summaries[phase - 1].name, why: state.reasons[position]))
        }
        var byParent: [String: (selected: Int, withValue: Int, covered: CompensatedSum, total: CompensatedSum)] = [:]
        for (i, r) in regions.enumerated() {
            var s = byParent[r.key.parent] ?? (0, 0, CompensatedSum(), CompensatedSum())
            if let v = r.value {
                s.withValue += 1
                s.total.add(v)
                if state.contains(i) { s.selected += 1; s.covered.add(v) }
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
        var target: Double?
        if case .coverage(let t)? = request.phases.last?.rule { target = t }
        return Selection(entries: entries, rankKey: request.rankKey, total: total, totalGiven: request.nationalTotal != nil,
                         target: target, valueCovered: state.valueCovered, coverage: state.coverage,
                         marginal: summaries.last?.marginal, phases: summaries, parents: parents,
                         parentsTouched: parents.filter { $0.regionsSelected > 0 }.map(\.parent),
                         regionsWithoutValue: withoutValue, unmet: unmet)
    }
}
