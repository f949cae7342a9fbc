/// The household half of convergence: per programme its reach into the target group (coverage,
/// exclusion and inclusion errors, the Coady–Grosh–Hoddinott index), what the priority list
/// catches, household-level convergence and the gap, nationally, per province and per district,
/// and by welfare decile. Definitions: docs/households.md.
public struct HouseholdReport: Sendable {
    public var programmes: [String]
    public var core: [String]
    /// The target rule, as text (`desil<=1`).
    public var rule: String
    public var weighted: Bool
    public var hasSizes: Bool
    public var amounts: Bool
    public var minCell: Int
    /// Households read (rows), and those matching no district (with `--unmatched warn`).
    public var householdsRead: Int
    public var unmatched: Int
    public var unmatchedWeighted: Double
    public var national: AreaFigures
    /// `nil` without a priority list.
    public var priority: PriorityFigures?
    public var provinces: [AreaFigures]
    public var districts: [AreaFigures]
    /// `nil` without a decile column.
    public var deciles: [DecileFigures]?
    public var concentration: [DecileConcentration]?
    /// Each district's concentration table, in the order of ``districts``; `nil` without a decile column.
    public var districtDeciles: [[DecileFigures]]?
    /// The gap households' ids, in file order (only when asked for).
    public var gapIds: [String]
    /// With longitude and latitude columns: how the households were placed; `nil` without.
    public var location: LocationCheck?

    /// How households with a location were placed: by it (no code column), or by their code with
    /// the location checked against it (households counted, not weighted, never suppressed: a
    /// check of the register, not a published figure).
    public struct LocationCheck: Sendable, Encodable, Equatable {
        public var longitude: String
        public var latitude: String
        /// `location` (each household in the district containing it) or `code` (by its code).
        public var placedBy: String
        /// With a code: households whose location lies in no district, and in another district
        /// than their code's.
        public var outside: Int?
        public var disagreeing: Int?
    }

    /// The district of a layer as the report names it.
    public struct District: Sendable {
        public var code: String, name: String, parent: String
        public init(code: String, name: String, parent: String) { self.code = code; self.name = name; self.parent = parent }
    }

    /// The figures of a register read through ``HouseholdRegister/read(path:layout:codes:priority:options:progress:)``;
    /// `priority` is nil without a priority list.
    public init(run: HouseholdRun, layout: HouseholdRegisterLayout, districts: [District], priority: [Bool]?, minCell: Int) {
        let tally = run.tally
        programmes = layout.programmes
        core = run.core
        rule = layout.target.description
        weighted = layout.weight != nil
        hasSizes = layout.size != nil
        amounts = layout.amounts
        self.minCell = minCell
        householdsRead = tally.households
        unmatched = tally.unmatched
        unmatchedWeighted = tally.unmatchedWeighted
        gapIds = run.gapIds
        if let longitude = layout.longitude, let latitude = layout.latitude {
            let byCode = layout.code != nil
            location = LocationCheck(longitude: longitude, latitude: latitude, placedBy: byCode ? "code" : "location",
                                     outside: byCode ? tally.locationOutside : nil, disagreeing: byCode ? tally.locationDisagrees : nil)
        }
        let builder = AreaFiguresBuilder(programmes: programmes, core: run.core, coreIndex: run.core.map { layout.programmes.firstIndex(of: $0)! },
                                         tally: tally, hasSizes: hasSizes, amounts: amounts, minCell: minCell)
        let all = Array(districts.indices)
        let inside = priority.map { flags in all.filter { flags[$0] } }
        national = builder.figures(tally.cell(of: all), gapCell: inside.map(tally.cell(of:)))
        var byParent: [String: [Int]] = [:]
        for d in all { byParent[districts[d].parent, default: []].append(d) }
        provinces = byParent.keys.sorted().map { parent in
            let members = byParent[parent]!
            let inside = priority.map { flags in members.filter { flags[$0] } }
            var figures = builder.figures(tally.cell(of: members), gapCell: inside.flatMap { $0.isEmpty ? nil : tally.cell(of: $0) })
            figures.code = parent
            return figures
        }
        self.districts = all.sorted { districts[$0].code < districts[$1].code }.map { d in
            let isPriority = priority?[d]
            var figures = builder.figures(tally.cell(of: [d]), gapCell: isPriority == true ? tally.cell(of: [d]) : nil)
            figures.code = districts[d].code
            figures.name = districts[d].name
            figures.parent = districts[d].parent
            figures.priority = isPriority
            return figures
        }
        self.priority = inside.map { builder.priority(tally.cell(of: $0), national: tally.cell(of: all), districts: $0.count) }
        if layout.decile != nil {
            let nationalDeciles = tally.decileCell(of: all)
            deciles = builder.deciles(nationalDeciles)
            concentration = builder.concentration(nationalDeciles)
            districtDeciles = all.sorted { districts[$0].code < districts[$1].code }.map { builder.deciles(tally.decileCell(of: [$0])) }
        }
    }
}

/// Turns tally cells into figures under the small-cell rule.
struct AreaFiguresBuilder {
    typealias Field = HouseholdTally.Field
    let programmes: [String]
    let core: [String]
    let coreIndex: [Int]
    let tally: HouseholdTally
    let hasSizes: Bool
    let amounts: Bool
    let minCell: Int

    func figures(_ cell: HouseholdCell, gapCell: HouseholdCell?) -> AreaFigures {
        var rule = SmallCellRule(minCell: minCell)
        let w = cell.weighted, n = cell.counts
        let H = Field.households, T = Field.target
        var list: [ProgrammeFigures] = []
        for (k, name) in programmes.enumerated() {
            let R = Field.recipients(k), RT = Field.recipientsInTarget(k)
            let key = "programmes.\(name)."
            let coverage = rule.share(w[RT], n[RT], of: w[T], n[T], key + "coverage", also: [n[T] - n[RT]])
            var figures = ProgrammeFigures(
                name: name,
                recipients: rule.count(w[R], n[R], key + "recipients"),
                recipientsInTarget: rule.count(w[RT], n[RT], key + "recipientsInTarget"),
                coverage: coverage,
                exclusionError: coverage.map { 1 - $0 },
                inclusionError: rule.share(w[R] - w[RT], n[R] - n[RT], of: w[R], n[R], key + "inclusionError", also: [n[RT]]))
            if coverage == nil, rule.suppressed.contains(key + "coverage") { rule.mark(key + "exclusionError") }
            if let inTarget = rule.share(w[RT], n[RT], of: w[R], n[R], key + "cgh", also: [n[R] - n[RT]]),
               let targetShare = rule.share(w[T], n[T], of: w[H], n[H], key + "cgh"), targetShare > 0 {
                figures.cgh = inTarget / targetShare
            }
            if hasSizes {
                figures.personCoverage = rule.share(w[Field.targetRecipientPersons(k)], n[RT], of: w[Field.targetPersons], n[T], key + "personCoverage",
                                                    also: [n[T] - n[RT]])
            }
            if amounts {
                figures.amount = rule.count(w[Field.amount(k)], n[R], key + "amount")
                figures.shareAmountToTarget = rule.share(w[Field.amountToTarget(k)], n[RT], of: w[Field.amount(k)], n[R], key + "shareAmountToTarget",
                                                         also: [n[R] - n[RT]])
            }
            list.append(figures)
        }
        let full = (1 << core.count) - 1
        var combinations: [ConvergenceFigures.Combination] = []
        let masks = (0...full).sorted { ($0.nonzeroBitCount, $0.bitReversedOrder(core.count)) < ($1.nonzeroBitCount, $1.bitReversedOrder(core.count)) }
        for mask in masks {
            let f = tally.combination(mask)
            let names = core.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            let label = "convergence.combinations.\(names.isEmpty ? "none" : names.joined(separator: "+"))"
            combinations.append(.init(programmes: names, households: rule.count(w[f], n[f], label + ".households"),
                                      share: rule.share(w[f], n[f], of: w[T], n[T], label + ".share", also: [n[T] - n[f]])))
        }
        let none = tally.combination(0), every = tally.combination(full)
        let convergence = ConvergenceFigures(
            core: core,
            allProgrammes: rule.share(w[every], n[every], of: w[T], n[T], "convergence.allProgrammes", also: [n[T] - n[every]]),
            noProgramme: rule.share(w[none], n[none], of: w[T], n[T], "convergence.noProgramme", also: [n[T] - n[none]]),
            combinations: combinations)
        var gap: GapFigures?
        if let gapCell {
            let gw = gapCell.weighted, gn = gapCell.counts
            gap = GapFigures(households: rule.count(gw[none], gn[none], "gap.households"),
                             share: rule.share(gw[none], gn[none], of: gw[T], gn[T], "gap.share", also: [gn[T] - gn[none]]))
        }
        return AreaFigures(
            households: rule.count(w[H], n[H], "households"),
            targetHouseholds: rule.count(w[T], n[T], "targetHouseholds"),
            persons: hasSizes ? rule.count(w[Field.persons], n[H], "persons") : nil,
            targetPersons: hasSizes ? rule.count(w[Field.targetPersons], n[T], "targetPersons") : nil,
            programmes: list, convergence: convergence, gap: gap, suppressed: rule.suppressed)
    }

    func priority(_ inside: HouseholdCell, national: HouseholdCell, districts: Int) -> PriorityFigures {
        var rule = SmallCellRule(minCell: minCell)
        let w = inside.weighted, n = inside.counts, W = national.weighted, N = national.counts
        let T = Field.target
        let list = programmes.enumerated().map { k, name -> PriorityFigures.Programme in
            let R = Field.recipients(k)
            return .init(name: name, recipientsInside: rule.count(w[R], n[R], "programmes.\(name).recipientsInside"),
                         shareRecipientsInside: rule.share(w[R], n[R], of: W[R], N[R], "programmes.\(name).shareRecipientsInside", also: [N[R] - n[R]]))
        }
        return PriorityFigures(districts: districts, householdsInside: rule.count(w[Field.households], n[Field.households], "householdsInside"),
                               targetInside: rule.count(w[T], n[T], "targetInside"),
                               shareTargetInside: rule.share(w[T], n[T], of: W[T], N[T], "shareTargetInside", also: [N[T] - n[T]]),
                               programmes: list, suppressed: rule.suppressed)
    }

    /// The concentration table of a decile cell (``HouseholdTally/decileCell(of:)``). A cumulative
    /// share is suppressed from the first decile whose own figure is (two cumulative shares would
    /// otherwise give the suppressed one by difference).
    func deciles(_ cell: HouseholdCell) -> [DecileFigures] {
        let s = tally.decileStride
        let w = cell.weighted, n = cell.counts
        let totalHouseholds = (0..<10).reduce(0.0) { $0 + w[$1 * s] }
        var cumulativeHouseholds = 0.0
        var cumulative = [Double](repeating: 0, count: programmes.count)
        var householdsHidden = false
        var hidden = [Bool](repeating: false, count: programmes.count)
        return (0..<10).map { d in
            var rule = SmallCellRule(minCell: minCell)
            cumulativeHouseholds += w[d * s]
            let list = programmes.enumerated().map { k, name -> DecileFigures.Programme in
                let f = d * s + 2 + k
                let total = (0..<10).reduce(0.0) { $0 + w[$1 * s + 2 + k] }
                let totalCount = (0..<10).reduce(0) { $0 + n[$1 * s + 2 + k] }
                cumulative[k] += w[f]
                let key = "programmes.\(name)."
                let share = rule.share(w[f], n[f], of: total, totalCount, key + "shareOfRecipients")
                if share == nil, rule.suppressed.contains(key + "shareOfRecipients") { hidden[k] = true }
                var cumulativeShare = totalCount > 0 && total > 0 ? cumulative[k] / total : nil
                if hidden[k], cumulativeShare != nil { cumulativeShare = nil; rule.mark(key + "cumulativeShareOfRecipients") }
                return .init(name: name, recipients: rule.count(w[f], n[f], key + "recipients"),
                             coverage: rule.share(w[f], n[f], of: w[d * s], n[d * s], key + "coverage", also: [n[d * s] - n[f]]),
                             shareOfRecipients: share, cumulativeShareOfRecipients: cumulativeShare)
            }
            let households = rule.count(w[d * s], n[d * s], "households")
            if households == nil, rule.suppressed.contains("households") { householdsHidden = true }
            var cumulativeShare = totalHouseholds > 0 ? cumulativeHouseholds / totalHouseholds : nil
            if householdsHidden, cumulativeShare != nil { cumulativeShare = nil; rule.mark("cumulativeShareOfHouseholds") }
            return DecileFigures(decile: d + 1, households: households, cumulativeShareOfHouseholds: cumulativeShare,
                                 programmes: list, suppressed: rule.suppressed)
        }
    }

    func concentration(_ cell: HouseholdCell) -> [DecileConcentration] {
        let s = tally.decileStride
        let households = (0..<10).map { cell.weighted[$0 * s] }
        return programmes.enumerated().map { k, name in
            DecileConcentration(name: name, index: ConcentrationIndex.of(amounts: (0..<10).map { cell.weighted[$0 * s + 2 + k] }, poor: households))
        }
    }
}

private extension Int {
    /// The low `width` bits reversed, so masks of equal weight sort in programme order (first programme first).
    func bitReversedOrder(_ width: Int) -> Int {
        var result = 0
        for b in 0..<width where self & (1 << b) != 0 { result |= 1 << (width - 1 - b) }
        return -result
    }
}
