/// What the weight draws of ``SensitivityAnalysis`` show.
public struct SensitivityResult: Sendable, Hashable {
    /// One region the list could hold (admissible, with an index and a value).
    public struct District: Sendable, Hashable {
        public var code: String
        public var name: String
        public var parent: String
        /// Its index under the given weights.
        public var baselineIndex: Double
        /// Its place in the ranking under the given weights, from 1.
        public var baselineRank: Int
        /// Whether the list under the given weights holds it.
        public var baselineSelected: Bool
        /// Draws whose list holds it, and that ÷ draws.
        public var timesSelected: Int
        public var frequency: Double
        /// Its rank over the draws: minimum, 5%, median, 95% (nearest-rank percentiles), maximum.
        public var rankMin: Int
        public var rankP5: Int
        public var rankMedian: Int
        public var rankP95: Int
        public var rankMax: Int
    }

    /// One component and the spread of its drawn weight (as a share of the draw's weights).
    public struct Weight: Sendable, Hashable {
        public var column: String
        public var lowerIsWorse: Bool
        /// The given weight as a share of the given weights.
        public var share: Double
        public var drawn: Quantiles
    }

    public var draws: Int
    public var seed: UInt64
    public var perturbation: WeightPerturbation
    /// Sampling errors combined with the weight draws, if any.
    public var errors: StandardErrors?
    public var distribution: ReplicateDistribution
    public var weights: [Weight]
    /// Every admissible district: by frequency descending, then baseline rank.
    public var districts: [District]
    /// Spearman's ρ between the baseline ranking and each draw's ranking (all admissible districts).
    public var spearman: Quantiles
    /// The number of districts in each draw's list.
    public var districtsNeeded: Quantiles
    /// The size of the baseline list.
    public var baselineCount: Int
    /// Whether each draw went through the cheap path (``IndexDrawSelector``) or the full selector.
    public var fastPath: Bool
    /// Each draw's weights (as shares of the draw's weights, in component order), in draw order.
    public var drawnShares: [[Double]]

    /// Districts in every draw's list.
    public var alwaysSelected: Int { districts.filter { $0.timesSelected == draws }.count }
    /// Districts in some draws' lists but not all.
    public var sometimesSelected: Int { districts.filter { $0.timesSelected > 0 && $0.timesSelected < draws }.count }
}
