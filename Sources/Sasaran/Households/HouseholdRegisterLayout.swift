/// Which columns of a household register (one row per household) hold what.
public struct HouseholdRegisterLayout: Sendable, Equatable {
    /// The household id (never printed in errors or outputs, except the gap list when asked for).
    public var id: String
    /// The district code, or any finer code that starts with it (a village code); `nil` when the
    /// households are located by ``longitude`` and ``latitude`` alone.
    public var code: String?
    /// Longitude and latitude columns (degrees, the layer's lon/lat): each household is located in
    /// the district containing it (when there is no code column), or checked against its code.
    public var longitude: String?
    public var latitude: String?
    /// Who is in the target group.
    public var target: TargetRule
    /// Welfare deciles 1–10 (1 the poorest), for the concentration table; `nil` for none.
    public var decile: String?
    /// Household size (persons), optional.
    public var size: String?
    /// Survey weight, optional: when given it weights every count.
    public var weight: String?
    /// One column per programme: 0/1 receipt, or amounts with ``amounts``.
    public var programmes: [String]
    /// Programme columns hold amounts (receipt is an amount above zero) instead of 0/1.
    public var amounts: Bool

    public init(id: String = "id", code: String?, longitude: String? = nil, latitude: String? = nil, target: TargetRule,
                decile: String? = nil, size: String? = nil, weight: String? = nil, programmes: [String], amounts: Bool = false) {
        precondition(code != nil || (longitude != nil && latitude != nil), "a register is placed by a code column, or by longitude and latitude")
        precondition((longitude == nil) == (latitude == nil), "longitude and latitude come together")
        self.id = id; self.code = code; self.longitude = longitude; self.latitude = latitude; self.target = target; self.decile = decile; self.size = size
        self.weight = weight; self.programmes = programmes; self.amounts = amounts
    }

    /// The columns read, each with its role (as errors name it), in this order: id, code,
    /// longitude, latitude, target, decile, size, weight, programmes.
    public var columns: [(name: String, role: String)] {
        [(id, "household id")]
            + [code.map { ($0, "district code") }, longitude.map { ($0, "longitude") }, latitude.map { ($0, "latitude") }].compactMap { $0 }
            + [(target.column, "target rule \(target)")]
            + [decile.map { ($0, "welfare decile") }, size.map { ($0, "household size") }, weight.map { ($0, "survey weight") }].compactMap { $0 }
            + programmes.map { ($0, "programme") }
    }
}

/// How a register is analysed.
public struct HouseholdOptions: Sendable, Equatable {
    /// Programmes whose joint receipt defines convergence and the gap (default: all).
    public var core: [String]?
    /// Cells counting fewer than this many households (unweighted, above zero) are suppressed.
    public var minCell: Int
    /// Households whose code matches no district: an error (false) or counted and reported (true).
    public var countUnmatched: Bool
    /// Keep the ids of the gap households (for `--list-households`).
    public var listGapHouseholds: Bool
    /// Worker threads; `nil` for every core. The figures do not depend on it.
    public var workers: Int?
    /// Decompressed bytes per block read.
    public var blockSize: Int

    public init(core: [String]? = nil, minCell: Int = 10, countUnmatched: Bool = false, listGapHouseholds: Bool = false,
                workers: Int? = nil, blockSize: Int = 8 << 20) {
        self.core = core; self.minCell = minCell; self.countUnmatched = countUnmatched
        self.listGapHouseholds = listGapHouseholds; self.workers = workers; self.blockSize = blockSize
    }
}
