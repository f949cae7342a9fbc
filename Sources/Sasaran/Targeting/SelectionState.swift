/// The list as it grows across phases.
struct SelectionState {
    let regions: [JoinedRegion]
    let total: Double
    private(set) var order: [Int] = []
    private(set) var phaseOf: [Int] = []
    private(set) var reasons: [SelectionReason] = []
    private(set) var rankValues: [Double] = []
    private(set) var cumulativeValues: [Double] = []
    private(set) var chosen: Set<Int> = []
    private(set) var perParent: [String: Int] = [:]
    private var sum = CompensatedSum()

    init(regions: [JoinedRegion], total: Double) {
        self.regions = regions
        self.total = total
    }

    /// Regions in the list.
    var count: Int { order.count }
    /// Value covered so far.
    var valueCovered: Double { sum.value }
    /// Share covered so far.
    var coverage: Double { sum.value / total }

    func contains(_ i: Int) -> Bool { chosen.contains(i) }
    func count(inParent parent: String) -> Int { perParent[parent] ?? 0 }

    mutating func add(_ i: Int, phase: Int, why: SelectionReason, rankValue: Double) {
        guard chosen.insert(i).inserted else { return }
        order.append(i)
        phaseOf.append(phase)
        reasons.append(why)
        rankValues.append(rankValue)
        sum.add(regions[i].value ?? 0)
        cumulativeValues.append(sum.value)
        perParent[regions[i].key.parent, default: 0] += 1
    }
}
