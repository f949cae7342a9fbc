import Foundation

/// Exact selection: each phase of a ``TargetingRequest`` solved as a mixed-integer programme
/// (``SelectionModel``) by CBC, earlier phases locked in; ties broken by a second solve and by
/// code; an infeasible phase explained by an irreducible set of its constraint groups
/// (``InfeasibilityFilter``) and solved with that set relaxed; alternatives by no-good cuts
/// (``AlternativeSearch``). The greedy ranking's list under the same constraints is given beside
/// the exact one (``GreedyBaseline``).
public enum Optimiser {
    /// Optimises `request`'s phases over `regions` (in layer order, as ``Targeting/select(_:request:)``
    /// takes them). `parentNames` name the parents in explanations.
    public static func optimise(_ regions: [JoinedRegion], request: TargetingRequest, optimisation: OptimisationRequest,
                                figures: RegionFigures, parentNames: [String: String] = [:]) throws -> OptimisationOutcome {
        try optimisation.validate()
        if request.phases.contains(where: { !$0.constraints.levelQuotas.isEmpty }) {
            throw HierarchyError("--max-per and --min-per are not yet supported by the exact optimiser (--optimise); use the ranked walk, or per-parent quotas")
        }
        // The ranking's own validation (codes, locks, focus, filters) and total.
        let greedySelection = try Targeting.select(regions, request: request)
        let total = greedySelection.total
        let candidates = regions.indices.filter { regions[$0].value != nil }
        let cost: [Int: Double]? = try optimisation.cost.map { spec in
            try figures.values(spec.column, role: "cost", of: candidates, in: regions).mapValues { $0 * spec.unitCost }
        }
        var weights: [Int: Double] = [:]
        if optimisation.weights.isEmpty {
            for i in candidates { weights[i] = regions[i].value! }
        } else {
            for (column, w) in optimisation.weights.sorted(by: { $0.key < $1.key }) {
                for (i, v) in try figures.values(column, role: "weight", of: candidates, in: regions) { weights[i, default: 0] += w * v }
            }
        }
        let solver = CBCSolver(timeLimit: optimisation.timeLimit, relativeGap: optimisation.relativeGap)
        var clock = 0.0
        var earlier = Set<Int>()
        var order: [(index: Int, phase: Int, why: SelectionReason)] = []
        var statuses: [SolveStatus] = []
        var last: SolveResult?
        var lastModel: SelectionModel?
        var infeasibilities: [Infeasibility] = []
        var summaries: [PhaseSummary] = []
        let ranking = greedySelection.ranking
        let names = parentNames
        for (p, phase) in request.phases.enumerated() {
            let isLast = p == request.phases.count - 1
            // Under a budget the phase's coverage target gives way to the budget: only the covers asked for bind.
            var covers: [CoverTarget] = optimisation.budget != nil ? []
                : phase.rule.target.map { [CoverTarget(column: figures.valueColumn, share: $0)] } ?? []
            if isLast {
                for cover in optimisation.covers {
                    covers.removeAll { $0.column == cover.column }
                    covers.append(cover)
                }
            }
            let goal = Self.goal(phase.rule, covers: covers, optimisation: optimisation)
            let resolved = try covers.map { cover in
                SelectionModel.Cover(column: cover.column, share: cover.share,
                                     figures: try figures.values(cover.column, role: "cover", of: candidates, in: regions),
                                     total: figures.total(cover.column, in: regions, valueTotal: total))
            }
            var countLimit: Int? = nil
            if case .count(let n) = phase.rule { countLimit = n }
            let model = SelectionModel(regions: regions, constraints: phase.constraints, earlier: earlier, goal: goal,
                                       covers: resolved, cost: cost, budget: optimisation.budget,
                                       budgetLabel: optimisation.budget.map { MoneyText.text($0) } ?? "",
                                       parentBudgetShare: optimisation.parentBudgetShare,
                                       countLimit: countLimit, weights: weights, valueTotal: total,
                                       valueColumn: figures.valueColumn)
            var result = solveWithTieBreak(model, solver: solver, clock: &clock)
            if result.status == .infeasible {
                let filter = InfeasibilityFilter(model: model, solver: solver, parentNames: names, phase: p + 1)
                let found = filter.explain(clock: &clock)
                infeasibilities += found.conflicts
                result = found.relaxed
            }
            statuses.append(result.status)
            let chosen = result.status.hasSolution ? model.chosen(result.solution) : Array(earlier)
            let startValue = order.reduce(0.0) { $0 + (regions[$1.index].value ?? 0) }
            let added = chosen.filter { !earlier.contains($0) }
                .sorted { (ranking.position(of: $0) ?? Int.max, regions[$0].code) < (ranking.position(of: $1) ?? Int.max, regions[$1].code) }
            let locks = Set(phase.constraints.lockIn)
            for i in added where locks.contains(regions[i].code) { order.append((i, p + 1, .locked)) }
            for i in added where !locks.contains(regions[i].code) { order.append((i, p + 1, .optimised)) }
            earlier.formUnion(added)
            let value = order.reduce(0.0) { $0 + (regions[$1.index].value ?? 0) }
            summaries.append(PhaseSummary(phase: p + 1, name: phase.name.isEmpty ? "phase \(p + 1)" : phase.name, rule: phase.rule,
                                          regionsAdded: added.count, valueAdded: value - startValue,
                                          shareAdded: (value - startValue) / total, regionsTotal: order.count,
                                          coverage: value / total, marginal: nil))
            last = result
            lastModel = model
        }
        let model = lastModel!
        let best = last!
        var alternatives: [AlternativeList] = []
        var core = order.map { regions[$0.index].code }.sorted()
        var alternativesNote: String? = nil
        if optimisation.alternatives > 0 {
            if best.status == .optimal, let objective = best.objective, infeasibilities.isEmpty {
                let search = AlternativeSearch(model: model, solver: solver, within: optimisation.within,
                                               minDifference: optimisation.minDifference)
                let found = search.run(best: best.solution, objective: objective, count: optimisation.alternatives, clock: &clock)
                alternatives = found.lists
                alternativesNote = found.note
                for list in alternatives { let keep = Set(list.codes); core = core.filter(keep.contains) }
            } else {
                alternativesNote = "no alternatives: the best list is not proven optimal or the request was relaxed"
            }
        }
        let worst = statuses.first { $0 != .optimal } ?? .optimal
        let optimality = Optimality(status: worst, goal: model.goal, objective: best.objective, bound: best.bound, gap: best.gap,
                                    seconds: clock, solver: CBCSolver.version)
        let greedyCodes = GreedyBaseline.codes(regions, request: request, optimisation: optimisation, cost: cost,
                                               coversOfLast: model, ranking: ranking)
        let exactList = order.map(\.index)
        var selection = OptimisedSelection.make(regions: regions, order: order, request: request, ranking: ranking, total: total,
                                                summaries: summaries, greedy: greedySelection,
                                                target: model.groups.first { $0.kind == .cover && $0.column == figures.valueColumn }?.limit)
        selection.unmet = model.unmet(Set(exactList), phase: request.phases.count, parentNames: names)
        let codeIndex = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1.code, $0) })
        return OptimisationOutcome(
            selection: selection.naming(parents: parentNames), optimality: optimality, greedyCodes: greedyCodes,
            greedy: model.figures(Set(greedyCodes.compactMap { codeIndex[$0] }), parentNames: names),
            exact: model.figures(Set(exactList), parentNames: names),
            infeasibilities: infeasibilities, alternatives: alternatives, core: core, alternativesNote: alternativesNote)
    }

    /// The goal of a phase: maximise under a budget or a count; otherwise minimise the cost (with
    /// one) or the number of regions meeting the covers; take everything admissible without either.
    static func goal(_ rule: StopRule, covers: [CoverTarget], optimisation: OptimisationRequest) -> OptimisationGoal {
        if optimisation.budget != nil { return .maximiseCovered }
        if case .count = rule { return .maximiseCovered }
        if covers.isEmpty { return .maximiseCovered }
        return optimisation.cost != nil ? .minimiseCost : .minimiseCount
    }

    /// Solves the model, then again for the tie-break at the optimum, then prefers lower codes
    /// among identical regions. The tie-break keeps the first solution when it finds nothing better.
    static func solveWithTieBreak(_ model: SelectionModel, solver: CBCSolver, clock: inout Double) -> SolveResult {
        var first = solver.solve(model.program())
        clock += first.seconds
        guard first.status.hasSolution, let objective = first.objective else { return first }
        let program = model.program(objective: model.secondary, direction: model.secondaryDirection,
                                    extraRows: [model.objectiveRow(at: objective)])
        let second = solver.solve(program, start: first.solution)
        clock += second.seconds
        if second.status.hasSolution {
            first.solution = second.solution
        }
        first.solution = model.preferringLowerCodes(first.solution)
        first.objective = model.program().objective(at: first.solution)
        return first
    }
}
