/// The list as it grows across phases. It records the marginal region of the current phase as
/// it happens: the region whose addition first takes the cumulative share across the phase's
/// coverage target.
struct SelectionState {
    let regions: [JoinedRegion]
    let total: Double
    private(set) var order: [Int] = []
    private(set) var phaseOf: [Int] = []
    private(set) var reasons: [SelectionReason] = []
    private(set) var rankValues: [Double] = []
    private(set) var cumulativeValues: [Double] = []
    private(set) var chosen: [Bool]
    private(set) var perParent: [String: Int] = [:]
    /// Regions in the list per unit, by hierarchy level.
    private(set) var perUnit: [[String: Int]] = []
    /// The current phase's coverage target, if it has one.
    private var target: Double?
    /// The region that crossed the current phase's target.
    private(set) var marginal: Int?
    private var sum = CompensatedSum()

    init(regions: [JoinedRegion], total: Double) {
        self.regions = regions
        self.total = total
        chosen = Array(repeating: false, count: regions.count)
    }

    /// Regions in the list.
    var count: Int { order.count }
    /// Value covered so far.
    var valueCovered: Double { sum.value }
    /// Share covered so far.
    var coverage: Double { sum.value / total }

    func contains(_ i: Int) -> Bool { chosen[i] }
    func count(inParent parent: String) -> Int { perParent[parent] ?? 0 }
    func count(inLevel level: Int, unit: String) -> Int { level < perUnit.count ? perUnit[level][unit] ?? 0 : 0 }

    /// Starts a phase whose rule is `rule`: its marginal region is looked for from here on.
    mutating func beginPhase(_ rule: StopRule) {
        target = rule.target
        marginal = nil
    }

    /// Adds region `i`; returns the list's count and covered value after it.
    @discardableResult
    mutating func add(_ i: Int, phase: Int, why: SelectionReason, rankValue: Double) -> (count: Int, covered: Double) {
        guard !chosen[i] else { return (count, sum.value) }
        chosen[i] = true
        let before = sum.value
        order.append(i)
        phaseOf.append(phase)
        reasons.append(why)
        rankValues.append(rankValue)
        sum.add(regions[i].value ?? 0)
        cumulativeValues.append(sum.value)
        perParent[regions[i].key.parent, default: 0] += 1
        for (level, unit) in regions[i].key.units.enumerated() {
            if perUnit.count <= level { perUnit.append([:]) }
            perUnit[level][unit, default: 0] += 1
        }
        if marginal == nil, let target, !Targeting.reaches(before / total, target: target),
           Targeting.reaches(sum.value / total, target: target) {
            marginal = i
        }
        return (count, sum.value)
    }
}
