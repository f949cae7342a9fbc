/// Ranking and selection of regions by their share of the national total: the whole rule lives
/// in this folder.
///
/// Semantics (see DESIGN.md, "Semantics that must not drift"):
/// - share = value ÷ national total (the sum over regions with a value, unless given:
///   ``nationalTotal(of:given:)``);
/// - order: rank key descending (``RankKey/value(of:)``), ties by code ascending (``Ranking``);
/// - a coverage target adds regions until the cumulative share reaches it (``reaches(_:target:)``,
///   within ``epsilon``), the crossing (marginal) region included and recorded as it crosses
///   (``StopRule``, ``SelectionState``);
/// - constraints that cannot be met give the best list plus ``UnmetConstraint``s;
/// - phases are nested: each starts from everything earlier phases selected.
///
/// Within a phase (``PhaseSelector``): lock-ins come first, then regions needed for parent
/// minimums (best first), then the stop rule over the admissible regions (with a value, not
/// locked out, in the focus parents, passing the attribute filters) in rank order, skipping
/// parents at their maximum and stopping at the maximum number of regions. Monte Carlo
/// replicates take the same walk over arrays (``ReplicateSelector``); the coverage curve is the
/// unconstrained ``Ranking``.
public enum Targeting {
    /// The tolerance under which a cumulative share counts as having reached the target.
    public static let epsilon = 1e-12

    /// Whether a cumulative `share` reaches `target`: the one comparison of the stop rule.
    @inline(__always)
    public static func reaches(_ share: Double, target: Double) -> Bool { share >= target - epsilon }

    /// The national total: `given`, or the sum over the regions with a value. Throws when the
    /// given total is below that sum, or when there is nothing to share.
    public static func nationalTotal(of regions: [JoinedRegion], given: Double?) throws -> Double {
        let sum = CompensatedSum.of(regions.compactMap(\.value))
        if let given {
            guard given.isFinite, given > 0, given >= sum * (1 - 1e-9) else {
                throw TargetingError.invalidNationalTotal(given: given, sumOfRegions: sum)
            }
            return given
        }
        guard sum > 0 else { throw TargetingError.noValues(regions: regions.count) }
        return sum
    }

    /// Selects regions from `regions` (usually ``JoinResult/regions``, in layer order) as
    /// `request` asks. Regions without a value are left out and listed in
    /// ``Selection/regionsWithoutValue``.
    public static func select(_ regions: [JoinedRegion], request: TargetingRequest) throws -> Selection {
        var codeIndex: [String: Int] = [:]
        var duplicates: [String] = []
        for (i, r) in regions.enumerated() {
            if codeIndex[r.code] != nil { duplicates.append(r.code) } else { codeIndex[r.code] = i }
        }
        if !duplicates.isEmpty { throw TargetingError.duplicateCodes(duplicates) }
        try TargetingValidation.validate(request, regions: regions, codeIndex: codeIndex)
        let total = try nationalTotal(of: regions, given: request.nationalTotal)
        let withoutValue = regions.filter { $0.value == nil }.map(\.code)

        var rankings: [RankKey: Ranking] = [request.rankKey: Ranking(regions, key: request.rankKey, total: total)]
        var state = SelectionState(regions: regions, total: total)
        var unmet: [UnmetConstraint] = []
        var summaries: [PhaseSummary] = []
        for (k, phase) in request.phases.enumerated() {
            let key = phase.rankKey ?? request.rankKey
            if rankings[key] == nil { rankings[key] = Ranking(regions, key: key, total: total) }
            let startCount = state.count
            let startValue = state.valueCovered
            let selector = PhaseSelector(phase: phase, number: k + 1, ranking: rankings[key]!,
                                         codeIndex: codeIndex, regionsWithoutValue: withoutValue.count)
            unmet += try selector.run(on: &state)
            let added = state.valueCovered - startValue
            var summary = PhaseSummary(
                phase: k + 1, name: phase.name.isEmpty ? "phase \(k + 1)" : phase.name, rule: phase.rule,
                regionsAdded: state.count - startCount, valueAdded: added, shareAdded: added / total,
                regionsTotal: state.count, coverage: state.coverage, marginal: state.marginal.map { regions[$0].code })
            if summary.regionsAdded == 0 {
                let reached = phase.rule.target.map { Targeting.reaches(startValue / total, target: $0) } ?? false
                summary.note = "phase \(k + 1) (\(summary.name)) adds nothing: "
                    + (reached ? "earlier phases already cover \(NumberText.percentInText(startValue / total)), the target is \(NumberText.percentInText(phase.rule.target!))"
                        : "no admissible region is left to add")
            }
            summaries.append(summary)
        }
        return assemble(state: state, request: request, ranking: rankings[request.rankKey]!, summaries: summaries,
                        unmet: unmet, withoutValue: withoutValue)
    }

    private static func assemble(state: SelectionState, request: TargetingRequest, ranking: Ranking, summaries: [PhaseSummary],
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
                rank: position + 1, index: i, code: r.code, name: r.key.name, parent: r.key.parent, value: value,
                population: r.population, rate: r.rate, rankValue: state.rankValues[position], share: value / total,
                cumulativeShare: state.cumulativeValues[position] / total,
                phase: phase, phaseName: summaries[phase - 1].name, why: state.reasons[position]))
        }
        let parents = ParentSummary.tally(regions, total: total) { state.contains($0) }
        var listPositions = [Int32](repeating: -1, count: regions.count)
        for (position, i) in state.order.enumerated() { listPositions[i] = Int32(position) }
        var selection = Selection(entries: entries, rankKey: request.rankKey, ranking: ranking, total: total,
                         totalGiven: request.nationalTotal != nil, target: request.phases.last?.rule.target,
                         valueCovered: state.valueCovered, coverage: state.coverage,
                         marginal: summaries.last?.marginal, phases: summaries, parents: parents,
                         parentsTouched: parents.filter { $0.regionsSelected > 0 }.map(\.parent),
                         regionsWithoutValue: withoutValue, unmet: unmet, listPositions: listPositions)
        selection.lockedOut = Array(Set(request.phases.flatMap(\.constraints.lockOut))).sorted()
        return selection
    }
}
