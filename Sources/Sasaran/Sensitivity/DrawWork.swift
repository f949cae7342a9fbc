import Foundation

/// The per-draw work of ``SensitivityAnalysis``: what is fixed across draws, one block of draws,
/// and the summary of the counts.
struct DrawWork {
    /// Counts accumulated over draws; additive, so blocks may run in any order.
    struct Outcome {
        var times: [Int32]
        /// `rankCounts[k * m + r]`: draws in which admissible position k ranked r + 1.
        var rankCounts: [Int32]
        var spearman: [Double] = []
        var needed: [Double] = []
        /// Each draw's weights as shares of the draw's weights, draw-major (p per draw).
        var weightShares: [Double] = []

        init(_ work: DrawWork) {
            let m = work.selector.admissible.count
            times = Array(repeating: 0, count: m)
            rankCounts = Array(repeating: 0, count: m * m)
        }

        mutating func merge(_ other: Outcome) {
            for k in times.indices { times[k] += other.times[k] }
            for k in rankCounts.indices { rankCounts[k] += other.rankCounts[k] }
            spearman += other.spearman
            needed += other.needed
            weightShares += other.weightShares
        }
    }

    let result: RunResult
    let selector: IndexDrawSelector
    let weights: [Double]
    let perturbation: WeightPerturbation
    /// The counts of the admissible positions (point estimates).
    let values: [Double]
    let total: Double
    /// Baseline rank (from 0) of each admissible position, and the baseline list.
    let baselineRank: [Int32]
    let baselineChosen: [Int32]
    let baselineIndex: [Double]
    /// The full selector's fallback.
    let fast: Bool
    /// With sampling errors: the sampler over the regions with a value (layer order), and for
    /// each admissible position its slot.
    let sampler: ReplicateSampler?
    let slots: [Int]
    let slotOfPosition: [Int]
    /// A component that is the count column, re-normalised per draw: its index, and the
    /// complete-case regions by level.
    let valueComponent: ValueComponent?

    /// A component that is the count column itself, normalised again on each draw's counts.
    struct ValueComponent {
        /// Its place among the components.
        var j: Int
        var component: IndexComponent
        var normalisation: Normalisation
        /// The slots of the regions with every component, by level.
        var groups: [[Int]]
        /// For each member of `groups`, its admissible position (or -1), in the same shape.
        var positions: [[Int]]
    }

    init(result: RunResult, index: IndexRun, components: [IndexComponent], weights: [Double], options: SensitivityAnalysis.Options) throws {
        self.result = result
        self.weights = weights
        perturbation = options.perturbation
        let regions = result.join.regions
        let request = result.scenario.request
        selector = IndexDrawSelector(regions: regions, scoreRows: index.scoreRows, request: request)
        fast = IndexDrawSelector.supports(request)
        values = selector.admissible.map { regions[$0].value! }
        total = result.selection.total
        slots = regions.indices.filter { regions[$0].value != nil }
        let slotOfRegion = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1, $0) })
        slotOfPosition = selector.admissible.map { slotOfRegion[$0]! }
        if let errors = options.errors {
            let sigma = try errors.standardErrors(of: regions)
            sampler = ReplicateSampler(mean: slots.map { regions[$0].value! }, sigma: slots.map { sigma[$0]! }, distribution: options.distribution)
            let valueColumn = result.scenario.indicators.columns.value
            if let j = components.firstIndex(where: { $0.column == valueColumn }) {
                let levels = RegionLevels.of(regions.map(\.key))
                let complete = regions.indices.filter { index.scoreRows[$0] != nil }
                let byLevel = Dictionary(grouping: complete, by: { levels[$0] }).sorted { $0.key < $1.key }.map(\.value)
                let position = Dictionary(uniqueKeysWithValues: selector.admissible.enumerated().map { ($1, $0) })
                valueComponent = ValueComponent(j: j, component: components[j], normalisation: index.specification.normalisation,
                                                groups: byLevel.map { $0.map { slotOfRegion[$0]! } },
                                                positions: byLevel.map { $0.map { position[$0] ?? -1 } })
            } else {
                valueComponent = nil
            }
        } else {
            sampler = nil
            valueComponent = nil
        }
        var scratch = IndexDrawSelector.Scratch(selector)
        selector.rank(weights: weights, scores: selector.scores, scratch: &scratch)
        var rank = [Int32](repeating: 0, count: selector.admissible.count)
        for (r, item) in scratch.items.enumerated() { rank[Int(item.position)] = Int32(r) }
        baselineRank = rank
        baselineIndex = scratch.index
        let position = Dictionary(uniqueKeysWithValues: selector.admissible.enumerated().map { (regions[$1].code, Int32($0)) })
        baselineChosen = result.selection.codes.compactMap { position[$0] }
    }

    /// Runs `count` draws from `start` and adds them to `outcome`.
    func run(count: Int, generator start: Xoshiro256StarStar, into outcome: inout Outcome) throws {
        var generator = start
        let m = selector.admissible.count
        var scratch = IndexDrawSelector.Scratch(selector)
        var drawn = [Double](repeating: 0, count: weights.count)
        let weightSum = WeightedIndex.weightSum(weights)
        var scores = selector.scores
        var drawnValues = values
        var slotValues = [Double](repeating: 0, count: slots.count)
        let n3 = Double(m) * (Double(m) * Double(m) - 1)
        for _ in 0..<count {
            perturbation.draw(weights, weightSum: weightSum, into: &drawn, using: &generator)
            // The index is ranked on the shares the draws report, so that another tool replaying
            // them (the benchmark's numpy) does the same arithmetic.
            let drawSum = WeightedIndex.weightSum(drawn)
            for j in drawn.indices { drawn[j] /= drawSum }
            outcome.weightShares += drawn
            var drawTotal = total
            if let sampler {
                slotValues.withUnsafeMutableBufferPointer { sampler.draw(into: $0, using: &generator) }
                for k in 0..<m { drawnValues[k] = slotValues[slotOfPosition[k]] }
                if result.selection.totalGiven == false { drawTotal = CompensatedSum.of(slotValues) }
                if let component = valueComponent { try renormalise(component, slotValues: slotValues, scores: &scores) }
            }
            selector.rank(weights: drawn, scores: scores, scratch: &scratch)
            var sumSquares = 0.0
            for (r, item) in scratch.items.enumerated() {
                let k = Int(item.position)
                outcome.rankCounts[k * m + r] += 1
                let d = Double(Int32(r) - baselineRank[k])
                sumSquares += d * d
            }
            outcome.spearman.append(m >= 2 ? 1 - 6 * sumSquares / n3 : 1)
            if fast {
                drawnValues.withUnsafeBufferPointer { selector.select(values: $0, total: drawTotal, scratch: &scratch) }
            } else {
                scratch.chosen = try fullSelection(index: scratch.index, values: drawnValues)
            }
            for k in scratch.chosen { outcome.times[Int(k)] += 1 }
            outcome.needed.append(Double(scratch.chosen.count))
        }
    }

    /// The list of a draw by ``Targeting/select(_:request:)``: the draw's index and counts put in
    /// the regions, the request as the run had it. Admissible positions, in list order.
    func fullSelection(index: [Double], values drawn: [Double]) throws -> [Int32] {
        var regions = result.join.regions
        var position: [String: Int32] = [:]
        for (k, i) in selector.admissible.enumerated() {
            regions[i].extras[IndexColumnNames.index] = index[k]
            regions[i].value = drawn[k]
            position[regions[i].code] = Int32(k)
        }
        let selection = try Targeting.select(regions, request: result.scenario.request)
        return selection.codes.compactMap { position[$0] }
    }

    /// Normalises the count component again on a draw's counts (as the index stage does).
    private func renormalise(_ v: ValueComponent, slotValues: [Double], scores: inout [Double]) throws {
        for (group, positions) in zip(v.groups, v.positions) {
            let s = try v.normalisation.scores(group.map { slotValues[$0] }, lowerIsWorse: v.component.lowerIsWorse, column: v.component.column)
            for (g, k) in positions.enumerated() where k >= 0 { scores[k * selector.components + v.j] = s[g] }
        }
    }

    func summarise(_ outcome: Outcome, options: SensitivityAnalysis.Options, components: [IndexComponent], weights: [Double]) -> SensitivityResult {
        let regions = result.join.regions
        let m = selector.admissible.count
        let chosen = Set(baselineChosen)
        let draws = options.draws
        func percentile(_ counts: ArraySlice<Int32>, _ p: Double) -> Int {
            let goal = max(1, Int((p * Double(draws)).rounded(.up)))
            var cumulative = 0
            for (r, c) in counts.enumerated() {
                cumulative += Int(c)
                if cumulative >= goal { return r + 1 }
            }
            return counts.count
        }
        let districts = (0..<m).map { k -> SensitivityResult.District in
            let r = regions[selector.admissible[k]]
            let counts = outcome.rankCounts[(k * m)..<(k * m + m)]
            return SensitivityResult.District(
                code: r.code, name: r.key.name, parent: r.key.parent, baselineIndex: baselineIndex[k],
                baselineRank: Int(baselineRank[k]) + 1, baselineSelected: chosen.contains(Int32(k)),
                timesSelected: Int(outcome.times[k]), frequency: Double(outcome.times[k]) / Double(draws),
                rankMin: (counts.firstIndex { $0 > 0 }.map { $0 - k * m } ?? 0) + 1, rankP5: percentile(counts, 0.05),
                rankMedian: percentile(counts, 0.5), rankP95: percentile(counts, 0.95),
                rankMax: (counts.lastIndex { $0 > 0 }.map { $0 - k * m } ?? 0) + 1)
        }.sorted {
            if $0.timesSelected != $1.timesSelected { return $0.timesSelected > $1.timesSelected }
            if $0.baselineRank != $1.baselineRank { return $0.baselineRank < $1.baselineRank }
            return $0.code < $1.code
        }
        let sum = WeightedIndex.weightSum(weights)
        let p = components.count
        let weightSummary = components.enumerated().map { j, c in
            SensitivityResult.Weight(column: c.column, lowerIsWorse: c.lowerIsWorse, share: weights[j] / sum,
                                     drawn: Quantiles(stride(from: j, to: outcome.weightShares.count, by: p).map { outcome.weightShares[$0] }))
        }
        return SensitivityResult(draws: draws, seed: options.seed, perturbation: options.perturbation, errors: options.errors,
                                 distribution: options.distribution, weights: weightSummary, districts: districts,
                                 spearman: Quantiles(outcome.spearman), districtsNeeded: Quantiles(outcome.needed),
                                 baselineCount: baselineChosen.count, fastPath: fast,
                                 drawnShares: stride(from: 0, to: outcome.weightShares.count, by: p).map { Array(outcome.weightShares[$0..<($0 + p)]) })
    }
}
