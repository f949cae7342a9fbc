/// What the index stage of a run computed: the method's figures, the eligibility counts, the
/// classes, the join of each further table, and which columns the outputs show per region (the
/// values themselves are in the run's joined regions' extras).
public struct IndexRun: Sendable {
    /// The eligibility rule's outcome.
    public struct Eligibility: Sendable, Hashable {
        /// The rule, verbatim.
        public var rule: String
        /// Regions the rule admits.
        public var eligible: [String]
        /// Regions it refuses (locked out of every phase).
        public var notEligible: [String]
        /// Regions it cannot decide, a column missing (counted as not eligible under
        /// `--missing skip`).
        public var undecided: [String]
    }

    public var specification: IndexSpecification
    /// The weights of the weighted composite, as given (in component order).
    public var weights: [Double]?
    public var principalComponent: PrincipalComponent?
    public var alkireFoster: AlkireFoster?
    public var classes: ClassBreaks?
    public var eligibility: Eligibility?
    /// Regions without every component (`--missing skip`): no index, locked out.
    public var withoutIndex: [String]
    /// The number of levels the components were normalised within.
    public var levels: Int
    /// The join of each further table.
    public var joins: [ComponentJoin]
    /// Columns shown per region in the list's CSV, JSON and report, in order: each component,
    /// its score (or deprivation flag), then `deprivations`, `index`, `index_class`.
    public var outputColumns: [String]
    /// Sentences about what was let through by policy.
    public var warnings: [String]
    /// The per-region oriented, normalised scores (rows in layer order, `nil` without an index),
    /// as the weight sensitivity needs them.
    public var scoreRows: [[Double]?]

    /// Whether `code` is eligible (`nil` without a rule).
    public func isEligible(_ code: String) -> Bool? {
        guard let eligibility else { return nil }
        return eligibility.eligible.contains(code)
    }

    /// The manifest's parameters for the index, by name.
    public var parameters: [String: String] {
        var parameters: [String: String] = [:]
        if let text = specification.compositeDescription {
            parameters["index"] = text
            if specification.tables.isEmpty == false {
                parameters["indexTables"] = specification.tables.map { t in
                    "\(t.path) [\(t.columns.joined(separator: ","))]" + (t.filters.isEmpty ? "" : " where " + t.filters.map(\.description).joined(separator: " "))
                }.joined(separator: "; ")
            }
        }
        if let rule = specification.eligibility { parameters["eligible"] = rule.text }
        if let classes = specification.classes { parameters["classes"] = "\(classes.count) \(classes.method.rawValue)" }
        return parameters
    }
}
