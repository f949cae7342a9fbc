/// The convergence analysis: where programme amounts land against a priority list.
///
/// ```swift
/// let result = try ScenarioRunner.run(scenario)
/// let programmes = try ProgrammeTable.load(contentsOf: url, columns: ProgrammeColumns(), unit: "IDR million")
/// let report = try Convergence.analyse(result, programmes: programmes, options: ConvergenceOptions(minProgrammes: 2))
/// ```
///
/// Definitions (also in `docs/convergence.md`): a programme *reaches* a district when its amount
/// there is above zero; a *gap* is a priority district reached by fewer than
/// ``ConvergenceOptions/minProgrammes`` programmes; a programme's *share inside* is its amount in
/// the priority districts ÷ its total amount, its *leakage* 1 − share inside; its
/// *concentration index* is defined in ``ConcentrationIndex``; the plan's score is in
/// ``ConvergenceScore``. With several phases there is one view per phase, of the list as it
/// stands at the end of that phase.
public enum Convergence {
    /// Analyses the priority list of `result` (all its phases).
    public static func analyse(_ result: RunResult, programmes: ProgrammeTable,
                               options: ConvergenceOptions = ConvergenceOptions()) throws -> ConvergenceReport {
        try analyse(result.selection, regions: result.join.regions, programmes: programmes, options: options,
                    valueColumn: result.scenario.indicators.columns.value)
    }

    /// Analyses `selection`, made from `regions` (every region of the layer, in layer order, as
    /// the join gives them). The programme table's codes are checked against those regions.
    public static func analyse(_ selection: Selection, regions: [JoinedRegion], programmes table: ProgrammeTable,
                               options: ConvergenceOptions = ConvergenceOptions(), valueColumn: String = "value") throws -> ConvergenceReport {
        let core = options.core ?? table.programmes
        let unknown = core.filter { !table.programmes.contains($0) }
        if !unknown.isEmpty { throw ProgrammeError.unknownProgrammes(file: table.file, unknown, available: table.programmes) }
        let amounts = try table.amounts(for: regions.map(\.key))
        let context = Context(selection: selection, regions: regions, amounts: amounts,
                              core: Set(core), minProgrammes: options.minProgrammes)
        let views = selection.phases.map { phase in
            context.view(phase: phase, entries: selection.entries.filter { $0.phase <= phase.phase })
        }
        var withoutValue = CompensatedSum()
        for r in regions.indices where regions[r].value == nil {
            for p in amounts.programmes.indices { withoutValue.add(amounts.amounts[p][r]) }
        }
        return ConvergenceReport(programmesFile: table.file, unit: table.unit, valueColumn: valueColumn,
                                 programmes: table.programmes, core: table.programmes.filter(Set(core).contains),
                                 minProgrammes: options.minProgrammes, total: selection.total, rankKey: selection.rankKey,
                                 phases: views, amountWithoutValue: withoutValue.value)
    }

    /// What every view is computed from.
    private struct Context {
        let regions: [JoinedRegion]
        let amounts: ProgrammeAmounts
        let coreIndices: [Int]
        let minProgrammes: Int
        let isCore: [Bool]
        /// Per programme: total amount over the layer, and the concentration index.
        let totals: [Double]
        let concentration: [Double?]

        init(selection: Selection, regions: [JoinedRegion], amounts: ProgrammeAmounts, core: Set<String>, minProgrammes: Int) {
            self.regions = regions
            self.amounts = amounts
            self.minProgrammes = minProgrammes
            isCore = amounts.programmes.map(core.contains)
            coreIndices = amounts.programmes.indices.filter { core.contains(amounts.programmes[$0]) }
            totals = amounts.amounts.map { CompensatedSum.of($0) }
            // The ranking: the list in list order, then the rest in rank-key order.
            let listed = selection.entries.map(\.index)
            let inList = Set(listed)
            let ranking = selection.ranking.lacking.isEmpty ? selection.ranking : Ranking(regions, key: .count, total: selection.total)
            let rest = ranking.order.filter { !inList.contains($0) }
            let order = listed + rest
            let poor = order.map { regions[$0].value ?? 0 }
            concentration = amounts.amounts.map { row in ConcentrationIndex.of(amounts: order.map { row[$0] }, poor: poor) }
        }

        func view(phase: PhaseSummary, entries: [SelectionEntry]) -> ConvergenceView {
            let programmes = amounts.programmes
            let listed = entries.map(\.index)
            let inList = Set(listed)
            let districts = zip(entries, listed).map { entry, r -> DistrictConvergence in
                let row = programmes.indices.map { amounts.amounts[$0][r] }
                let total = CompensatedSum.of(row)
                return DistrictConvergence(
                    rank: entry.rank, code: entry.code, name: entry.name, parent: entry.parent, value: entry.value,
                    share: entry.share, phase: entry.phase, amounts: row,
                    programmesPresent: programmes.indices.filter { row[$0] > 0 }.map { programmes[$0] },
                    totalAmount: total, amountPerPoor: entry.value > 0 ? total / entry.value : nil,
                    reachedByAllCore: coreIndices.allSatisfy { row[$0] > 0 },
                    isGap: programmes.indices.filter { row[$0] > 0 }.count < minProgrammes)
            }
            let poorInside = CompensatedSum.of(entries.map(\.value))
            let poorOutside = CompensatedSum.of(regions.indices.filter { !inList.contains($0) }.compactMap { regions[$0].value })
            let programmeRecords = programmes.indices.map { p -> ProgrammeConvergence in
                let row = amounts.amounts[p]
                let inside = CompensatedSum.of(listed.map { row[$0] })
                let outside = CompensatedSum.of(row.indices.filter { !inList.contains($0) }.map { row[$0] })
                let total = totals[p]
                let shareInside: Double? = total > 0 ? inside / total : nil
                return ProgrammeConvergence(
                    programme: programmes[p], isCore: isCore[p], totalAmount: total, amountInside: inside, amountOutside: outside,
                    shareInside: shareInside, leakage: total > 0 ? outside / total : nil, listShareOfPoor: phase.coverage,
                    targetingRatio: shareInside.flatMap { phase.coverage > 0 ? $0 / phase.coverage : nil },
                    districtsReached: listed.filter { row[$0] > 0 }.count,
                    districtsReachedOutside: row.indices.filter { !inList.contains($0) && row[$0] > 0 }.count,
                    amountPerPoorInside: poorInside > 0 ? inside / poorInside : nil,
                    amountPerPoorOutside: poorOutside > 0 ? outside / poorOutside : nil,
                    concentrationIndex: concentration[p])
            }
            let totalAmount = CompensatedSum.of(totals)
            let amountInside = CompensatedSum.of(districts.map(\.totalAmount))
            let reachedAll = districts.filter(\.reachedByAllCore).count
            let score = ConvergenceScore(
                totalAmount: totalAmount, amountInside: amountInside,
                amountShareInside: totalAmount > 0 ? amountInside / totalAmount : nil, listShareOfPoor: phase.coverage,
                priorityDistricts: districts.count, reachedByAllCore: reachedAll,
                coreReachShare: districts.isEmpty ? nil : Double(reachedAll) / Double(districts.count),
                unreached: districts.filter { $0.programmeCount == 0 }.count, gaps: districts.filter(\.isGap).count)
            return ConvergenceView(phase: phase.phase, phaseName: phase.name, districts: districts, programmes: programmeRecords,
                                   parents: parents(districts: districts), score: score)
        }

        /// The parents with a priority district or any amount, by code.
        private func parents(districts: [DistrictConvergence]) -> [ParentConvergence] {
            var poorTotal: [String: CompensatedSum] = [:]
            var amountTotal: [String: CompensatedSum] = [:]
            for (r, region) in regions.enumerated() {
                if let value = region.value { poorTotal[region.key.parent, default: CompensatedSum()].add(value) }
                for p in amounts.programmes.indices where amounts.amounts[p][r] > 0 {
                    amountTotal[region.key.parent, default: CompensatedSum()].add(amounts.amounts[p][r])
                }
            }
            let byParent = Dictionary(grouping: districts, by: \.parent)
            let codes = Set(byParent.keys).union(amountTotal.keys).sorted()
            return codes.map { parent in
                let listed = byParent[parent] ?? []
                let poorInside = CompensatedSum.of(listed.map(\.value))
                let inside = CompensatedSum.of(listed.map(\.totalAmount))
                let total = amountTotal[parent]?.value ?? 0
                let present = amounts.programmes.indices.filter { p in listed.contains { $0.amounts[p] > 0 } }
                return ParentConvergence(
                    parent: parent, priorityDistricts: listed.count, unreached: listed.filter { $0.programmeCount == 0 }.count,
                    gaps: listed.filter(\.isGap).count, reachedByAllCore: listed.filter(\.reachedByAllCore).count,
                    programmesPresent: present.map { amounts.programmes[$0] }, poorInside: poorInside,
                    poorTotal: poorTotal[parent]?.value ?? 0, totalAmount: total, amountInside: inside,
                    shareInside: total > 0 ? inside / total : nil, amountPerPoorInside: poorInside > 0 ? inside / poorInside : nil)
            }
        }
    }
}
