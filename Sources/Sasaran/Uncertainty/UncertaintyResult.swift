/// What the Monte Carlo replicates of a selection show (``UncertaintyAnalysis``).
public struct UncertaintyResult: Sendable, Hashable {
    /// One district with a value.
    public struct District: Sendable, Hashable {
        public var code: String
        public var name: String
        public var parent: String
        /// The point estimate.
        public var value: Double
        /// Its standard error.
        public var standardError: Double
        /// Its position in the point-estimate list, if it is in it.
        public var pointRank: Int?
        /// Replicates whose list holds it.
        public var timesSelected: Int
        /// `timesSelected ÷ replicates`.
        public var probability: Double
    }

    public var replicates: Int
    public var seed: UInt64
    public var distribution: ReplicateDistribution
    public var errors: StandardErrors
    /// The list on the point estimates (the ordinary run).
    public var pointList: Selection
    /// Every district with a value: by probability descending, then point rank, then code.
    public var districts: [District]
    /// The number of districts in each replicate's list (for a coverage target: the districts
    /// needed to reach it).
    public var districtsNeeded: Quantiles
    /// The share of each replicate's national total that the point list's districts hold.
    public var pointListCoverage: Quantiles
    /// Whether the replicates went through the fast selector (``ReplicateSelector``) or the full
    /// ``Targeting/select(_:request:)``.
    public var fastPath: Bool

    /// Districts selected in every replicate.
    public var alwaysSelected: Int { districts.filter { $0.timesSelected == replicates }.count }
    /// Districts selected in some replicates but not all.
    public var sometimesSelected: Int { districts.filter { $0.timesSelected > 0 && $0.timesSelected < replicates }.count }
}
