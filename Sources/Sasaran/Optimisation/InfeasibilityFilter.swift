/// Explains an infeasible phase: a deletion filter over the model's constraint groups finds an
/// irreducible infeasible subset (leave each group out in turn; keep it out when the rest is
/// still infeasible), which is stated in the planner's words with the numbers of its binding
/// member; the set is then relaxed (its rows made elastic, the total violation minimised, then
/// the objective) and, if the rest is still infeasible, the next set is looked for.
struct InfeasibilityFilter {
    let model: SelectionModel
    let solver: CBCSolver
    let parentNames: [String: String]
    let phase: Int
    /// At most this many sets are relaxed before giving up.
    var rounds = 8

    /// The conflicts found and the best list with them relaxed.
    func explain(clock: inout Double) -> (conflicts: [Infeasibility], relaxed: SolveResult) {
        var relaxed = [Bool](repeating: false, count: model.groups.count)
        var conflicts: [Infeasibility] = []
        var last = SolveResult(status: .infeasible, solution: [], objective: nil, bound: nil, gap: nil, seconds: 0)
        for _ in 0..<rounds {
            let hard = relaxed.map { !$0 }
            guard let subset = irreducible(among: hard, clock: &clock) else { break }
            conflicts.append(Infeasibility(phase: phase, conflicting: subset.map { named(model.groups[$0]) },
                                           summary: ConstraintGroup.summary(subset.map { model.groups[$0] }, names: parentNames),
                                           explanation: sentence(subset, clock: &clock)))
            for g in subset { relaxed[g] = true }
            last = elastic(relaxed, clock: &clock)
            if last.status.hasSolution { break }
        }
        return (conflicts, last)
    }

    private func named(_ group: ConstraintGroup) -> ConstraintGroup {
        var g = group
        g.label = SelectionModel.named(group, parentNames)
        return g
    }

    /// Whether the groups flagged in `active` can hold together (`nil` when the solver could not tell).
    private func feasible(_ active: [Bool], clock: inout Double) -> Bool? {
        let zero = [Double](repeating: 0, count: model.regionOf.count)
        let result = solver.solve(model.program(active: active, objective: zero))
        clock += result.seconds
        switch result.status {
        case .optimal, .timeLimit: return true
        case .infeasible: return false
        default: return nil
        }
    }

    /// An irreducible infeasible subset of the groups flagged in `candidates`, or `nil` when they are feasible.
    private func irreducible(among candidates: [Bool], clock: inout Double) -> [Int]? {
        var active = candidates
        guard feasible(active, clock: &clock) == false else { return nil }
        for g in model.groups.indices where active[g] {
            active[g] = false
            if feasible(active, clock: &clock) != false { active[g] = true }
        }
        return model.groups.indices.filter { active[$0] }
    }

    /// The order in which a set's member is chosen to carry the numbers of the explanation.
    private static let binding: [ConstraintGroup.Kind] = [.parentBudget, .budget, .cover, .maxRegions, .count, .minPerParent, .maxPerParent,
                                                          .lockIn, .lockOut, .focus, .filter]

    /// The set in words: the binding member's best value under the others, against its limit.
    private func sentence(_ subset: [Int], clock: inout Double) -> String {
        let labels = subset.map { SelectionModel.named(model.groups[$0], parentNames) }
        guard let b = Self.binding.lazy.compactMap({ kind in subset.first { model.groups[$0].kind == kind } }).first else {
            return labels.joined(separator: " and ") + " cannot hold together"
        }
        let group = model.groups[b]
        let others = subset.filter { $0 != b }
        let othersText = ConstraintGroup.summary(others.map { model.groups[$0] }, names: parentNames)
        guard !others.isEmpty else {
            return "\(labels[0]) cannot be met by any list of the admissible regions"
        }
        // The best the others allow for the binding group's row.
        var active = [Bool](repeating: false, count: model.groups.count)
        for g in others { active[g] = true }
        let row = group.rows[0]
        var objective = [Double](repeating: 0, count: model.regionOf.count)
        for (c, a) in zip(row.columns, row.coefficients) { objective[Int(c)] = a }
        let direction: LinearProgram.Direction = group.isLowerBound ? .maximise : .minimise
        let result = solver.solve(model.program(active: active, objective: objective, direction: direction))
        clock += result.seconds
        guard result.status == .optimal, let scaled = result.objective else {
            return labels.joined(separator: " and ") + " cannot hold together"
        }
        let best = scaled * group.unit
        let (bestMoney, limitMoney) = MoneyText.pair(best, group.limit)
        let label = SelectionModel.named(group, parentNames)
        switch group.kind {
        case .budget:
            return "\(othersText) cost\(others.count == 1 ? "s" : "") at least \(bestMoney), more than the \(limitMoney) budget"
        case .parentBudget:
            return "\(othersText) cost\(others.count == 1 ? "s" : "") at least \(bestMoney) in \(parentText(group.parent)), more than \(label)"
        case .cover:
            return "with \(othersText), at most \(NumberText.percentInText(best)) of \(group.column ?? "the value") can be covered, short of the \(NumberText.percentInText(group.limit)) target"
        case .maxRegions, .count:
            return "\(othersText) need\(others.count == 1 ? "s" : "") at least \(Int(best.rounded())) regions, more than the \(Int(group.limit)) allowed (\(label))"
        case .minPerParent:
            return "with \(othersText), at most \(Int(best.rounded())) regions can be selected in \(parentText(group.parent)), fewer than the \(Int(group.limit)) required"
        case .maxPerParent:
            return "\(othersText) need\(others.count == 1 ? "s" : "") at least \(Int(best.rounded())) regions in \(parentText(group.parent)), more than the \(Int(group.limit)) allowed"
        case .lockIn:
            return "with \(othersText), \(group.code ?? "the locked-in region") cannot be selected"
        case .lockOut, .focus, .filter:
            return "\(othersText) need\(others.count == 1 ? "s" : "") at least \(Int(best.rounded())) regions that \(label) leaves out"
        }
    }

    private func parentText(_ parent: String?) -> String {
        guard let parent else { return "the parent" }
        return parentNames[parent].map { "\($0) (\(parent))" } ?? parent
    }

    /// The best list with the `relaxed` groups elastic: first the least total violation (each
    /// row's slack over its limit), then the objective at that violation.
    private func elastic(_ relaxed: [Bool], clock: inout Double) -> SolveResult {
        let n = model.regionOf.count
        var program = model.program(active: relaxed.map { !$0 }, objective: [Double](repeating: 0, count: n))
        var slackColumns: [Int32] = []
        var slackWeights: [Double] = []
        for (g, group) in model.groups.enumerated() where relaxed[g] {
            for var row in group.rows {
                let limit = row.lower.isFinite ? row.lower : row.upper
                let weight = 1 / max(abs(limit), 1)
                program.columns.append(LinearProgram.Column(lower: 0, upper: .infinity, objective: weight, isInteger: false))
                let s = Int32(program.columns.count - 1)
                row.columns.append(s)
                row.coefficients.append(row.lower.isFinite ? 1 : -1)
                program.rows.append(row)
                slackColumns.append(s)
                slackWeights.append(weight)
            }
        }
        program.direction = .minimise
        let first = solver.solve(program)
        clock += first.seconds
        guard first.status.hasSolution, let violation = first.objective else { return first }
        // Then the objective, the violation held at its least.
        for k in 0..<n { program.columns[k].objective = model.objective[k] }
        for s in slackColumns { program.columns[Int(s)].objective = 0 }
        program.direction = model.direction
        program.rows.append(LinearProgram.Row(columns: slackColumns, coefficients: slackWeights,
                                              upper: violation + max(abs(violation), 1) * 1e-7))
        var second = solver.solve(program, start: first.solution)
        clock += second.seconds
        if !second.status.hasSolution { second = first }
        second.solution = model.preferringLowerCodes(Array(second.solution.prefix(n)))
        second.objective = model.program().objective(at: second.solution)
        second.status = .optimal
        return second
    }
}
