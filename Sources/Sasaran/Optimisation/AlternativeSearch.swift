/// Further lists of equal or near-equal objective: each solve keeps the objective within
/// `within` of the best and adds a no-good cut per earlier list S (Σ_{i ∈ S} xᵢ ≤ |S| − D over
/// the regions the phase may change), so every list drops at least D regions of each before it.
struct AlternativeSearch {
    let model: SelectionModel
    let solver: CBCSolver
    let within: Double
    let minDifference: Int

    func run(best: [Double], objective: Double, count: Int, clock: inout Double) -> (lists: [AlternativeList], note: String?) {
        let free = model.regionOf.indices.filter { !model.earlier.contains(model.regionOf[$0]) }
        var rows = [model.objectiveRow(at: objective, slack: within)]
        var previous = [best]
        var lists: [AlternativeList] = []
        let bestSet = Set(model.chosen(best))
        for number in 1...count {
            for solution in previous.suffix(1) {
                let selected = free.filter { solution[$0] > 0.5 }
                rows.append(LinearProgram.Row(columns: selected.map(Int32.init), coefficients: Array(repeating: 1, count: selected.count),
                                              upper: Double(selected.count - minDifference)))
            }
            let result = solver.solve(model.program(extraRows: rows))
            clock += result.seconds
            guard result.status.hasSolution, let value = result.objective else {
                let why = result.status == .infeasible
                    ? "only \(number - 1) alternative\(number - 1 == 1 ? "" : "s") within \(NumberText.percentInText(within)) of the best differ by at least \(minDifference) region\(minDifference == 1 ? "" : "s")"
                    : "the search for alternative \(number) stopped: \(result.status.rawValue)"
                return (lists, why)
            }
            previous.append(result.solution)
            let chosen = model.chosen(result.solution)
            let set = Set(chosen)
            let code = { (i: Int) in model.regions[i].code }
            lists.append(AlternativeList(number: number, codes: chosen.map(code).sorted(), objective: value, regions: chosen.count,
                                         dropped: bestSet.subtracting(set).map(code).sorted(),
                                         added: set.subtracting(bestSet).map(code).sorted()))
        }
        return (lists, nil)
    }
}
