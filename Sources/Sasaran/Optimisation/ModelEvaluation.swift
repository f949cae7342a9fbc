/// A list measured against a ``SelectionModel``: the groups it leaves unmet, with the numbers,
/// and its figures (regions, cost, shares covered, objective).
extension SelectionModel {
    /// The value of group `g`'s row for the regions `chosen`.
    func activity(of g: Int, _ chosen: Set<Int>) -> Double {
        let row = groups[g].rows[0]
        var sum = CompensatedSum()
        for (c, a) in zip(row.columns, row.coefficients) where chosen.contains(regionOf[Int(c)]) { sum.add(a) }
        return sum.value * groups[g].unit
    }

    /// Whether group `g` holds for `chosen` (within the solver's tolerance).
    func holds(_ g: Int, _ chosen: Set<Int>) -> Bool {
        let row = groups[g].rows[0]
        let a = activity(of: g, chosen) / groups[g].unit
        let scale = max(1, abs(row.lower.isFinite ? row.lower : 0), abs(row.upper.isFinite ? row.upper : 0))
        return a >= row.lower - 1e-9 * scale && a <= row.upper + 1e-9 * scale
    }

    /// A group's limit and a list's achievement in words ("5 regions", "3.2 bn", "75%").
    func amount(_ group: ConstraintGroup, _ x: Double) -> String {
        switch group.kind {
        case .cover: return NumberText.percentInText(x)
        case .budget, .parentBudget: return MoneyText.text(x)
        default:
            let n = Int(x.rounded())
            return "\(n) region\(n == 1 ? "" : "s")"
        }
    }

    /// The groups `chosen` does not satisfy, as the ranking states what it could not meet.
    func unmet(_ chosen: Set<Int>, phase: Int, parentNames: [String: String]) -> [UnmetConstraint] {
        groups.indices.filter { !holds($0, chosen) }.map { g in
            let group = groups[g]
            let achieved = activity(of: g, chosen)
            let kind: UnmetConstraint.Kind
            switch group.kind {
            case .cover: kind = group.column == nil ? .target : .cover
            case .budget, .parentBudget: kind = .budget
            case .maxRegions: kind = .maxRegions
            case .count: kind = .count
            case .minPerParent: kind = .minPerParent
            case .maxPerParent: kind = .maxPerParent
            case .lockIn, .lockOut, .focus, .filter: kind = .scope
            }
            let label = Self.named(group, parentNames)
            let message: String
            switch group.kind {
            case .lockIn: message = "\(label) relaxed: not selected"
            case .lockOut, .focus, .filter: message = "\(label) relaxed: \(amount(group, achieved)) outside it selected"
            default:
                let limit = (group.isLowerBound ? groups[g].rows[0].lower : groups[g].rows[0].upper) * group.unit
                let by = abs(limit - achieved)
                message = "\(label) not met: \(amount(group, achieved)); \(group.isLowerBound ? "short" : "over") by \(amount(group, by))"
            }
            let required = group.limit
            return UnmetConstraint(kind: kind, phase: phase, parent: group.parent, required: required, achieved: achieved,
                                   message: message)
        }
    }

    /// The list's figures under this model.
    func figures(_ chosen: Set<Int>, parentNames: [String: String]) -> ListFigures {
        var covered: [String: Double] = [:]
        for (g, group) in groups.enumerated() where group.kind == .cover { covered[group.column!] = activity(of: g, chosen) }
        var valueShare = CompensatedSum()
        var costSum = CompensatedSum()
        var objectiveSum = CompensatedSum()
        for k in regionOf.indices where chosen.contains(regionOf[k]) {
            valueShare.add(self.valueShare[k])
            costSum.add(cost?[k] ?? 0)
            objectiveSum.add(objective[k])
        }
        if covered[valueColumn] == nil { covered[valueColumn] = valueShare.value }
        return ListFigures(regions: chosen.count, cost: cost == nil ? nil : costSum.value, covered: covered,
                           objective: objectiveSum.value,
                           unmet: groups.indices.filter { !holds($0, chosen) }.map { Self.named(groups[$0], parentNames) })
    }

    /// A group's label with its parent named ("at least 5 in Papua (94)").
    static func named(_ group: ConstraintGroup, _ names: [String: String]) -> String {
        guard let parent = group.parent, let name = names[parent], group.kind != .lockIn else { return group.label }
        return group.label.replacingOccurrences(of: " in \(parent)", with: " in \(name) (\(parent))")
    }
}
