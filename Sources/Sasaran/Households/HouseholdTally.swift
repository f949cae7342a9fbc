/// Households counted per district, each count twice: weighted (by the survey weight, 1 without
/// one) and unweighted (households, for the small-cell rule). Parts of a register are tallied on
/// different cores and merged in file order, so the sums do not depend on the number of threads.
///
/// Per district, the fields (see ``Field``): households, target households, persons, target
/// persons; per programme its recipients, recipients in the target group, their persons (all, and
/// in the target group), its amount (all, and to the target group); then one count per
/// combination of core programmes received by target households (bit k: core programme k).
public struct HouseholdTally: Sendable {
    public let districts: Int
    public let programmes: Int
    /// Core programmes (whose combinations are counted).
    public let core: Int
    public let stride: Int
    public var weighted: [Double]
    public var counts: [Int]
    /// Per district and decile (1–10, by index 0–9; district-major): households, target
    /// households, recipients per programme.
    public var decileWeighted: [Double]
    public var decileCounts: [Int]
    /// Households read, and those whose code matched no district (counted with `--unmatched warn`).
    public var households = 0
    public var unmatched = 0
    public var unmatchedWeighted = 0.0
    /// With a code and a location: households whose location lies in no district, and in another
    /// district than their code's.
    public var locationOutside = 0
    public var locationDisagrees = 0

    public enum Field {
        public static let households = 0, target = 1, persons = 2, targetPersons = 3
        static let programmeBase = 4, perProgramme = 6
        public static func recipients(_ p: Int) -> Int { programmeBase + perProgramme * p }
        public static func recipientsInTarget(_ p: Int) -> Int { recipients(p) + 1 }
        public static func recipientPersons(_ p: Int) -> Int { recipients(p) + 2 }
        public static func targetRecipientPersons(_ p: Int) -> Int { recipients(p) + 3 }
        public static func amount(_ p: Int) -> Int { recipients(p) + 4 }
        public static func amountToTarget(_ p: Int) -> Int { recipients(p) + 5 }
    }

    /// The field of combination `mask` of core programmes, among target households.
    public func combination(_ mask: Int) -> Int { Field.programmeBase + Field.perProgramme * programmes + mask }

    /// The decile table's stride: households, target, then one per programme.
    public var decileStride: Int { 2 + programmes }

    public init(districts: Int, programmes: Int, core: Int) {
        self.districts = districts; self.programmes = programmes; self.core = core
        stride = Field.programmeBase + Field.perProgramme * programmes + (1 << core)
        weighted = [Double](repeating: 0, count: districts * stride)
        counts = [Int](repeating: 0, count: districts * stride)
        decileWeighted = [Double](repeating: 0, count: districts * 10 * (2 + programmes))
        decileCounts = [Int](repeating: 0, count: districts * 10 * (2 + programmes))
    }

    /// Adds another tally of the same shape.
    public mutating func merge(_ other: HouseholdTally) {
        for i in weighted.indices { weighted[i] += other.weighted[i]; counts[i] += other.counts[i] }
        for i in decileWeighted.indices { decileWeighted[i] += other.decileWeighted[i]; decileCounts[i] += other.decileCounts[i] }
        households += other.households; unmatched += other.unmatched; unmatchedWeighted += other.unmatchedWeighted
        locationOutside += other.locationOutside; locationDisagrees += other.locationDisagrees
    }

    /// The field of decile `decile` (0–9) of `district` in the decile table.
    @inline(__always)
    public func decileField(district: Int, decile: Int) -> Int { (district * 10 + decile) * decileStride }

    /// The concentration table of `districts` summed: 10 deciles of ``decileStride`` fields.
    public func decileCell(of districts: [Int]) -> HouseholdCell {
        let size = 10 * decileStride
        var cell = HouseholdCell(weighted: [Double](repeating: 0, count: size), counts: [Int](repeating: 0, count: size))
        for d in districts {
            let base = decileField(district: d, decile: 0)
            for f in 0..<size { cell.weighted[f] += decileWeighted[base + f]; cell.counts[f] += decileCounts[base + f] }
        }
        return cell
    }

    /// The sum of the rows of `districts` (a province, the nation, the priority districts).
    public func cell(of districts: [Int]) -> HouseholdCell {
        var cell = HouseholdCell(weighted: [Double](repeating: 0, count: stride), counts: [Int](repeating: 0, count: stride))
        for d in districts {
            let base = d * stride
            for f in 0..<stride { cell.weighted[f] += weighted[base + f]; cell.counts[f] += counts[base + f] }
        }
        return cell
    }
}

/// The fields of one area (a district, a province, the nation), weighted and unweighted, laid out
/// as in ``HouseholdTally``.
public struct HouseholdCell: Sendable, Equatable {
    public var weighted: [Double]
    public var counts: [Int]
}
