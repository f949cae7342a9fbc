/// One programme's figures in an area. Shares are of weighted counts (households when the
/// register has no weights); `nil` where undefined (nothing to divide by) or suppressed.
public struct ProgrammeFigures: Sendable, Encodable, Equatable {
    public var name: String
    /// Households receiving the programme.
    public var recipients: Double?
    /// Recipients in the target group.
    public var recipientsInTarget: Double?
    /// Share of target households receiving it (1 − exclusion error).
    public var coverage: Double?
    /// Share of target households not receiving it.
    public var exclusionError: Double?
    /// Share of recipients outside the target group (leakage).
    public var inclusionError: Double?
    /// Coady–Grosh–Hoddinott index: share of recipients in the target group ÷ the target group's
    /// share of all households (1 = neutral, as by lottery; above 1 progressive).
    public var cgh: Double?
    /// With household sizes: share of target persons living in recipient households.
    public var personCoverage: Double?
    /// With amounts: the programme's total, and the share of it going to the target group.
    public var amount: Double?
    public var shareAmountToTarget: Double?
}

/// Household-level convergence in an area, over the core programmes, as shares of the target group.
public struct ConvergenceFigures: Sendable, Encodable, Equatable {
    public struct Combination: Sendable, Encodable, Equatable {
        /// The core programmes received, exactly (the others not).
        public var programmes: [String]
        public var households: Double?
        public var share: Double?
    }

    public var core: [String]
    /// Share of target households receiving every core programme.
    public var allProgrammes: Double?
    /// Share receiving none of them.
    public var noProgramme: Double?
    /// Every combination, by number of programmes, then in programme order.
    public var combinations: [Combination]
}

/// The gap of an area: target households in priority districts receiving no core programme.
public struct GapFigures: Sendable, Encodable, Equatable {
    public var households: Double?
    /// As a share of the area's target households inside priority districts.
    public var share: Double?
}

/// Every figure of one area: a district, a province or the nation.
public struct AreaFigures: Sendable, Encodable, Equatable {
    /// The district or province code; `nil` for the nation.
    public var code: String?
    public var name: String?
    /// A district's province.
    public var parent: String?
    /// Whether a district is in the priority list (`nil` without one, or for a province).
    public var priority: Bool?
    public var households: Double?
    public var targetHouseholds: Double?
    /// With household sizes.
    public var persons: Double?
    public var targetPersons: Double?
    public var programmes: [ProgrammeFigures]
    public var convergence: ConvergenceFigures
    /// `nil` without a priority list, and for a district outside it.
    public var gap: GapFigures?
    /// Names of the figures suppressed by the small-cell rule (`programmes.pkh.coverage`).
    public var suppressed: [String]
}

/// What the priority list catches: the area targeting seen from the households.
public struct PriorityFigures: Sendable, Encodable, Equatable {
    public struct Programme: Sendable, Encodable, Equatable {
        public var name: String
        public var recipientsInside: Double?
        /// Share of the programme's recipients living in priority districts.
        public var shareRecipientsInside: Double?
    }

    /// Priority districts.
    public var districts: Int
    public var householdsInside: Double?
    /// Target households living in priority districts, and their share of all target households.
    public var targetInside: Double?
    public var shareTargetInside: Double?
    public var programmes: [Programme]
    public var suppressed: [String]
}

/// One welfare decile of the concentration table (1 the poorest).
public struct DecileFigures: Sendable, Encodable, Equatable {
    public struct Programme: Sendable, Encodable, Equatable {
        public var name: String
        public var recipients: Double?
        /// Share of the decile's households receiving it.
        public var coverage: Double?
        /// Share of the programme's recipients in this decile, and in this and the poorer ones
        /// (the concentration curve).
        public var shareOfRecipients: Double?
        public var cumulativeShareOfRecipients: Double?
    }

    public var decile: Int
    public var households: Double?
    public var cumulativeShareOfHouseholds: Double?
    public var programmes: [Programme]
    public var suppressed: [String]
}

/// A programme's concentration index over the deciles (poorest first): positive when its
/// recipients concentrate in the poorer deciles (see ``ConcentrationIndex``).
public struct DecileConcentration: Sendable, Encodable, Equatable {
    public var name: String
    public var index: Double?
}
