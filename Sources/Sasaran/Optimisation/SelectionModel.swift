/// The mixed-integer programme of one phase: a binary xᵢ per region with a value (1 = in the
/// list), regions of earlier phases fixed at 1, and one ``ConstraintGroup`` per constraint the
/// ranking knows (lock-ins, lock-outs, focus, filters, per-parent minimums and maximums, maximum
/// number of regions, a count), plus the budget and the cover targets.
///
/// - minimise Σ xᵢ (or Σ costᵢ xᵢ) subject to Σ vᵢ xᵢ ≥ t · total for every cover, or
/// - maximise Σ wᵢ xᵢ subject to Σ costᵢ xᵢ ≤ budget (or Σ xᵢ ≤ n for a count rule).
///
/// Ties between lists of equal objective are broken by a second solve (``secondary``): the most
/// value covered for the minimising goals, the least cost (or fewest regions) for the maximising
/// one; then regions identical in every coefficient are exchanged for the lowest codes.
struct SelectionModel {
    let regions: [JoinedRegion]
    /// The name of the value column (for figures).
    let valueColumn: String
    /// Model column of each region, -1 when it has no value (never selected).
    let columnOf: [Int]
    /// Region index of each model column.
    let regionOf: [Int]
    /// Regions of earlier phases (fixed at 1).
    let earlier: Set<Int>
    let goal: OptimisationGoal
    var groups: [ConstraintGroup]
    /// Primary objective coefficient per model column.
    let objective: [Double]
    /// Tie-break objective per model column, and its direction.
    let secondary: [Double]
    let secondaryDirection: LinearProgram.Direction
    /// Per model column: value share, cost (0 without one), and the cover coefficients.
    let valueShare: [Double]
    let cost: [Double]?
    /// A signature of everything the model knows of a column, for the exchange of identical regions.
    let signature: [[Double]]

    var direction: LinearProgram.Direction { goal == .maximiseCovered ? .maximise : .minimise }

    struct Cover {
        var column: String
        var share: Double
        /// Per region (index into regions): the figure.
        var figures: [Int: Double]
        var total: Double
    }

    init(regions: [JoinedRegion], constraints c: Constraints, earlier: Set<Int>, goal: OptimisationGoal,
         covers: [Cover], cost: [Int: Double]?, budget: Double?, budgetLabel: String, parentBudgetShare: Double? = nil, countLimit: Int?,
         weights: [Int: Double], valueTotal: Double, valueColumn: String) {
        self.regions = regions
        self.valueColumn = valueColumn
        self.earlier = earlier
        self.goal = goal
        var columnOf = [Int](repeating: -1, count: regions.count)
        var regionOf: [Int] = []
        for (i, r) in regions.enumerated() where r.value != nil {
            columnOf[i] = regionOf.count
            regionOf.append(i)
        }
        self.columnOf = columnOf
        self.regionOf = regionOf
        let n = regionOf.count
        let free = (0..<n).filter { !earlier.contains(regionOf[$0]) }
        let lockIn = Set(c.lockIn)
        var groups: [ConstraintGroup] = []
        func row(_ cols: [Int], _ coefficients: [Double]? = nil, lower: Double = -.infinity, upper: Double = .infinity) -> LinearProgram.Row {
            LinearProgram.Row(columns: cols.map(Int32.init), coefficients: coefficients ?? Array(repeating: 1, count: cols.count),
                              lower: lower, upper: upper)
        }
        func add(_ kind: ConstraintGroup.Kind, parent: String? = nil, code: String? = nil, column: String? = nil,
                 limit: Double, label: String, _ r: LinearProgram.Row) {
            groups.append(ConstraintGroup(kind: kind, parent: parent, code: code, column: column, limit: limit, label: label,
                                          rows: [r], isLowerBound: r.lower.isFinite))
        }
        let codeIndex = Dictionary(regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        for code in c.lockIn {
            guard let i = codeIndex[code], columnOf[i] >= 0, !earlier.contains(i) else { continue }
            add(.lockIn, parent: regions[i].key.parent, code: code, limit: 1, label: "\(code) locked in", row([columnOf[i]], lower: 1))
        }
        let lockOut = Set(c.lockOut)
        let out = free.filter { lockOut.contains(regions[regionOf[$0]].code) }
        if !out.isEmpty {
            add(.lockOut, limit: 0, label: "\(out.count) region\(out.count == 1 ? "" : "s") locked out", row(out, upper: 0))
        }
        if let focus = c.focusParents.map(Set.init) {
            let outside = free.filter { !focus.contains(regions[regionOf[$0]].key.parent) && !lockIn.contains(regions[regionOf[$0]].code) }
            if !outside.isEmpty {
                add(.focus, limit: 0, label: "focus on \(focus.count) parent\(focus.count == 1 ? "" : "s") (\(focus.sorted().joined(separator: ", ")))",
                    row(outside, upper: 0))
            }
        }
        for filter in c.attributeFilters {
            let failing = free.filter { !filter.admits(regions[regionOf[$0]].key) && !lockIn.contains(regions[regionOf[$0]].code) }
            if !failing.isEmpty { add(.filter, limit: 0, label: "only \(filter)", row(failing, upper: 0)) }
        }
        var byParent: [String: [Int]] = [:]
        for k in 0..<n { byParent[regions[regionOf[k]].key.parent, default: []].append(k) }
        let scope = c.minimumScope(c.focusParents.map { Array(Set($0)).sorted() } ?? byParent.keys.sorted())
        for parent in scope {
            if let minimum = c.minimum(in: parent), minimum > 0 {
                add(.minPerParent, parent: parent, limit: Double(minimum), label: "at least \(minimum) in \(parent)",
                    row(byParent[parent] ?? [], lower: Double(minimum)))
            }
        }
        for parent in byParent.keys.sorted() {
            if let maximum = c.maximum(in: parent), byParent[parent]!.count > maximum {
                add(.maxPerParent, parent: parent, limit: Double(maximum), label: "at most \(maximum) in \(parent)",
                    row(byParent[parent]!, upper: Double(maximum)))
            }
        }
        if let m = c.maxRegions, m < n {
            add(.maxRegions, limit: Double(m), label: "at most \(m) regions", row(Array(0..<n), upper: Double(m)))
        }
        if let limit = countLimit, limit < n {
            add(.count, limit: Double(limit), label: "\(limit) regions (the count rule)", row(Array(0..<n), upper: Double(limit)))
        }
        var costColumn: [Double]? = nil
        if let cost {
            costColumn = (0..<n).map { cost[regionOf[$0]] ?? 0 }
            if let budget {
                // Scaled to a budget of 1, so the solver's tolerances are relative to it.
                let unit = max(budget, 1)
                add(.budget, limit: budget, label: "budget \(budgetLabel)", row(Array(0..<n), costColumn!.map { $0 / unit }, upper: budget / unit))
                groups[groups.count - 1].unit = unit
                if let share = parentBudgetShare {
                    for parent in byParent.keys.sorted() {
                        let members = byParent[parent]!
                        add(.parentBudget, parent: parent, limit: share * budget,
                            label: "the \(NumberText.percentInText(share)) budget share of \(parent) (\(MoneyText.text(share * budget)))",
                            row(members, members.map { costColumn![$0] / unit }, upper: share * budget / unit))
                        groups[groups.count - 1].unit = unit
                    }
                }
            }
        }
        var signature = (0..<n).map { k -> [Double] in [costColumn?[k] ?? 0, regions[regionOf[k]].value ?? 0] }
        for cover in covers {
            let coefficients = (0..<n).map { (cover.figures[regionOf[$0]] ?? 0) / cover.total }
            for k in 0..<n { signature[k].append(coefficients[k]) }
            add(.cover, column: cover.column, limit: cover.share,
                label: "cover \(NumberText.percentInText(cover.share)) of \(cover.column)",
                row(Array(0..<n), coefficients, lower: cover.share - Targeting.epsilon))
        }
        self.groups = groups
        self.cost = costColumn
        let valueShare = (0..<n).map { (regions[regionOf[$0]].value ?? 0) / valueTotal }
        self.valueShare = valueShare
        switch goal {
        case .minimiseCount:
            objective = Array(repeating: 1, count: n)
            secondary = valueShare
            secondaryDirection = .maximise
        case .minimiseCost:
            objective = costColumn ?? Array(repeating: 1, count: n)
            secondary = valueShare
            secondaryDirection = .maximise
        case .maximiseCovered:
            objective = (0..<n).map { weights[regionOf[$0]] ?? 0 }
            secondary = costColumn ?? Array(repeating: 1, count: n)
            secondaryDirection = .minimise
        }
        for k in 0..<n { signature[k].append(objective[k]) }
        self.signature = signature
    }

    /// The programme with the groups whose `active` flag is set, optimising `objective` (the
    /// primary one by default; zeros for a feasibility check).
    func program(active: [Bool]? = nil, objective: [Double]? = nil, direction: LinearProgram.Direction? = nil,
                 extraRows: [LinearProgram.Row] = []) -> LinearProgram {
        let coefficients = objective ?? self.objective
        var program = LinearProgram(direction: direction ?? self.direction)
        program.columns.reserveCapacity(regionOf.count)
        for k in regionOf.indices {
            let fixed = earlier.contains(regionOf[k])
            program.addBinary(objective: coefficients[k], lower: fixed ? 1 : 0)
        }
        for (g, group) in groups.enumerated() where active?[g] ?? true { program.rows += group.rows }
        program.rows += extraRows
        return program
    }

    /// The row that keeps the primary objective at its optimum `value` (for the tie-break and
    /// for alternatives: within `slack`, a share of it).
    func objectiveRow(at value: Double, slack: Double = 0) -> LinearProgram.Row {
        let cols = regionOf.indices.map(Int32.init)
        let scale = max(abs(value), 1e-9)
        switch goal {
        case .minimiseCount:
            return LinearProgram.Row(columns: cols, coefficients: objective, upper: (value * (1 + slack) + 1e-6).rounded(.down))
        case .minimiseCost:
            return LinearProgram.Row(columns: cols, coefficients: objective, upper: value * (1 + slack) + scale * 1e-9)
        case .maximiseCovered:
            return LinearProgram.Row(columns: cols, coefficients: objective, lower: value * (1 - slack) - scale * 1e-9)
        }
    }

    /// The regions (indices into ``regions``) a solution selects.
    func chosen(_ solution: [Double]) -> [Int] {
        regionOf.indices.filter { solution[$0] > 0.5 }.map { regionOf[$0] }
    }

    /// The solution with regions identical in every coefficient the model knows (same parent,
    /// value, cost, cover figures, and the same lock-in, lock-out, focus and filter standing)
    /// exchanged so that the lowest codes are the ones selected: ties break by code.
    func preferringLowerCodes(_ solution: [Double]) -> [Double] {
        var membership = regionOf.indices.map { _ in [Int]() }
        for (g, group) in groups.enumerated() {
            for row in group.rows { for c in row.columns { membership[Int(c)].append(g) } }
        }
        struct Key: Hashable { var parent: String; var numbers: [Double]; var groups: [Int]; var fixed: Bool }
        var classes: [Key: [Int]] = [:]
        for k in regionOf.indices {
            let key = Key(parent: regions[regionOf[k]].key.parent, numbers: signature[k], groups: membership[k],
                          fixed: earlier.contains(regionOf[k]))
            classes[key, default: []].append(k)
        }
        var result = solution
        for (_, members) in classes where members.count > 1 {
            let selected = members.filter { solution[$0] > 0.5 }.count
            let byCode = members.sorted { regions[regionOf[$0]].code < regions[regionOf[$1]].code }
            for (rank, k) in byCode.enumerated() { result[k] = rank < selected ? 1 : 0 }
        }
        return result
    }
}
