/// The step of a run between the join and the selection: joins the further tables, computes the
/// index (normalised per level over the regions with every component), its classes and the
/// eligibility rule, adds them to the regions' extras, and turns the request into one that
/// ranks by the index (when the rank key is the default count) and locks out the regions that
/// are not eligible or have no index. Coverage stays measured on the count.
public enum IndexStage {
    /// Runs `specification` on the joined `regions` of `scenario`; returns the regions with their
    /// new columns, the request to select with, and what was computed.
    public static func run(_ specification: IndexSpecification, scenario: Scenario, regions base: [JoinedRegion],
                           layer: [RegionKey]) throws -> (regions: [JoinedRegion], request: TargetingRequest, index: IndexRun) {
        let computed = specification.columnsComputed
        var needs = specification.columnsRead.map { MultiTableJoin.Need(column: $0, role: "index component") }
        let columns = scenario.indicators.columns
        let builtIn = [columns.value] + (columns.population.map { [$0] } ?? [])
        if let rule = specification.eligibility {
            needs += rule.expression.columns.map(\.name).filter { !computed.contains($0) && !builtIn.contains($0) }
                .map { MultiTableJoin.Need(column: $0, role: "eligibility rule") }
            let available = Set(computed + builtIn + needs.map(\.column))
            if let unknown = rule.expression.columns.first(where: { !available.contains($0.name) && IndexColumnNames.isComputed($0.name) }) {
                throw ExpressionError(context: "eligibility rule", text: rule.text, position: unknown.position,
                                      message: "'\(unknown.name)' is computed only with an index that makes it; computed here: \(computed.isEmpty ? "none" : computed.joined(separator: ", "))")
            }
        }
        let joined: (regions: [JoinedRegion], joins: [ComponentJoin])
        do {
            joined = try joinNeeds(needs, specification: specification, scenario: scenario, base: base, layer: layer)
        } catch let IndexError.unknownColumn(column, role, available) where role == "eligibility rule" {
            let rule = specification.eligibility!
            let position = rule.expression.columns.first { $0.name == column }?.position ?? 1
            throw ExpressionError(context: "eligibility rule", text: rule.text, position: position,
                                  message: "unknown column '\(column)'; available: \(available.joined(separator: ", "))")
        }
        var regions = joined.regions
        let joins = joined.joins
        var warnings: [String] = []
        let missingPolicy = scenario.indicators.missing
        let read = specification.columnsRead
        var complete: [Int] = []
        var withoutIndex: [String] = []
        if !read.isEmpty {
            var lacking: [(column: String, codes: [String])] = read.map { ($0, []) }
            for (i, r) in regions.enumerated() {
                var ok = true
                for (j, column) in read.enumerated() where r.extras[column] == nil { lacking[j].codes.append(r.code); ok = false }
                if ok { complete.append(i) } else { withoutIndex.append(r.code) }
            }
            let missing = lacking.filter { !$0.codes.isEmpty }
            if !missing.isEmpty {
                if missingPolicy == .error { throw IndexError.componentsMissing(missing) }
                warnings.append("\(withoutIndex.count) region(s) without every index component left out of the index and the list: " + offenderList(withoutIndex))
            }
            guard complete.count >= 2 else { throw IndexError.tooFewRegions(complete.count) }
        }
        let levels = RegionLevels.of(layer)
        var run = IndexRun(specification: specification, weights: nil, principalComponent: nil, alkireFoster: nil, classes: nil,
                           eligibility: nil, withoutIndex: withoutIndex, levels: Set(complete.map { levels[$0] }).count, joins: joins,
                           outputColumns: [], warnings: [], scoreRows: Array(repeating: nil, count: regions.count))
        if let composite = specification.composite {
            try compute(composite, specification: specification, complete: complete, levels: levels, regions: &regions, run: &run)
        }
        if let classes = specification.classes {
            let breaks = try ClassBreaks(complete.map { regions[$0].extras[IndexColumnNames.index]! }, count: classes.count, method: classes.method)
            for i in complete { regions[i].extras[IndexColumnNames.indexClass] = Double(breaks.classOf(regions[i].extras[IndexColumnNames.index]!)) }
            run.classes = breaks
            run.outputColumns.append(IndexColumnNames.indexClass)
        }
        var request = scenario.request
        if specification.composite != nil, request.rankKey == .count { request.rankKey = .column(IndexColumnNames.index) }
        var lockOut = withoutIndex
        if let rule = specification.eligibility {
            let eligibility = try evaluate(rule, regions: regions, columns: columns, policy: missingPolicy, warnings: &warnings)
            run.eligibility = eligibility
            let refused = Set(eligibility.notEligible + eligibility.undecided)
            let lockedIn = request.phases.flatMap(\.constraints.lockIn).filter { refused.contains($0) }
            if !lockedIn.isEmpty { throw IndexError.lockInNotEligible(rule: rule.text, codes: lockedIn) }
            lockOut += eligibility.notEligible + eligibility.undecided
        }
        let outSet = Set(lockOut)
        let ordered = regions.map(\.code).filter { outSet.contains($0) }
        for p in request.phases.indices {
            let existing = Set(request.phases[p].constraints.lockOut)
            request.phases[p].constraints.lockOut += ordered.filter { !existing.contains($0) }
        }
        run.warnings = warnings
        return (regions, request, run)
    }

    private static func joinNeeds(_ needs: [MultiTableJoin.Need], specification: IndexSpecification, scenario: Scenario,
                                  base: [JoinedRegion], layer: [RegionKey]) throws -> ([JoinedRegion], [ComponentJoin]) {
        guard !needs.isEmpty else { return (base, []) }
        let result = try MultiTableJoin.join(needs, main: scenario.indicators, tables: specification.tables, layer: layer, base: base,
                                             computed: specification.columnsComputed)
        return (result.regions, result.joins)
    }

    private static func compute(_ composite: IndexSpecification.Composite, specification: IndexSpecification, complete: [Int],
                                levels: [Int], regions: inout [JoinedRegion], run: inout IndexRun) throws {
        let byLevel = Dictionary(grouping: complete, by: { levels[$0] })
        /// The oriented scores of each component over `complete`, normalised within each level.
        func scores(_ components: [IndexComponent], _ normalisation: Normalisation) throws -> [[Double]] {
            var position: [Int: Int] = [:]
            for (k, i) in complete.enumerated() { position[i] = k }
            return try components.map { component in
                var column = [Double](repeating: 0, count: complete.count)
                for level in byLevel.keys.sorted() {
                    let members = byLevel[level]!
                    let s = try normalisation.scores(members.map { regions[$0].extras[component.column]! },
                                                     lowerIsWorse: component.lowerIsWorse, column: component.column)
                    for (k, i) in members.enumerated() { column[position[i]!] = s[k] }
                }
                return column
            }
        }
        switch composite {
        case .weighted(let components):
            let s = try scores(components, specification.normalisation)
            let weights = components.map { $0.weight ?? 1 }
            run.weights = weights
            for (k, i) in complete.enumerated() {
                let row = components.indices.map { s[$0][k] }
                for (j, component) in components.enumerated() { regions[i].extras[component.scoreColumn] = row[j] }
                regions[i].extras[IndexColumnNames.index] = WeightedIndex.combine(row, weights)
                run.scoreRows[i] = row
            }
            run.outputColumns = components.flatMap { [$0.column, $0.scoreColumn] } + [IndexColumnNames.index]
        case .pca(let components):
            let z = try scores(components, .z)
            let pc = PrincipalComponent(standardised: z)
            run.principalComponent = pc
            for (k, i) in complete.enumerated() {
                var score = 0.0
                for (j, component) in components.enumerated() {
                    regions[i].extras[component.scoreColumn] = z[j][k]
                    score += pc.loadings[j] * z[j][k]
                }
                regions[i].extras[IndexColumnNames.index] = score
                run.scoreRows[i] = components.indices.map { z[$0][k] }
            }
            run.outputColumns = components.flatMap { [$0.column, $0.scoreColumn] } + [IndexColumnNames.index]
        case let .alkireFoster(deprivations, k):
            let rows = complete.map { i in deprivations.map { regions[i].extras[$0.column]! } }
            let counted = AlkireFoster.count(rows, deprivations: deprivations, k: k)
            run.alkireFoster = counted.summary
            for (position, i) in complete.enumerated() {
                for (j, d) in deprivations.enumerated() { regions[i].extras[d.deprivedColumn] = d.isDeprived(rows[position][j]) ? 1 : 0 }
                regions[i].extras[IndexColumnNames.deprivations] = Double(counted.counts[position])
                regions[i].extras[IndexColumnNames.index] = counted.censored[position]
            }
            run.outputColumns = deprivations.flatMap { [$0.column, $0.deprivedColumn] } + [IndexColumnNames.deprivations, IndexColumnNames.index]
        }
    }

    private static func evaluate(_ rule: IndexSpecification.Rule, regions: [JoinedRegion], columns: IndicatorColumns,
                                 policy: MissingPolicy, warnings: inout [String]) throws -> IndexRun.Eligibility {
        var eligible: [String] = [], refused: [String] = [], undecided: [String] = []
        for r in regions {
            let decided = rule.expression.evaluate { name in
                if name == columns.value { return r.value }
                if name == columns.population { return r.population }
                return r.extras[name]
            }
            switch decided {
            case true?: eligible.append(r.code)
            case false?: refused.append(r.code)
            case nil: undecided.append(r.code)
            }
        }
        if !undecided.isEmpty {
            if policy == .error { throw IndexError.eligibilityUndecided(rule: rule.text, codes: undecided) }
            warnings.append("eligibility rule '\(rule.text)' cannot be decided for \(undecided.count) region(s), counted as not eligible: " + offenderList(undecided))
        }
        return IndexRun.Eligibility(rule: rule.text, eligible: eligible, notEligible: refused, undecided: undecided)
    }
}
