/// What to do with regions that have no value (no row, or a missing value in their row).
public enum MissingPolicy: String, Sendable, Hashable, CaseIterable {
    /// Refuse the join, listing the regions (default).
    case error
    /// Keep the regions without a value; targeting leaves them out and reports them.
    case skip
}

/// What to do with table rows whose code matches no region.
public enum UnmatchedPolicy: String, Sendable, Hashable, CaseIterable {
    /// Refuse the join, listing the rows (default).
    case error
    /// Go on, and list the rows in ``JoinReport/warnings``.
    case warn
}

/// Options of ``IndicatorTable/join(to:options:)``. Duplicate codes are always an error.
public struct JoinOptions: Sendable, Hashable {
    /// Maps table codes to layer codes before matching.
    public var crosswalk: Crosswalk?
    /// Policy for regions without a value.
    public var missing: MissingPolicy
    /// Policy for rows without a region.
    public var unmatched: UnmatchedPolicy
    /// Compare the names of matched codes (``NameCheck``) where both sides have names: the layer's
    /// (a name field) and the table's (``IndicatorColumns/name``).
    public var checkNames: Bool

    /// Join options; defaults refuse any gap.
    public init(crosswalk: Crosswalk? = nil, missing: MissingPolicy = .error, unmatched: UnmatchedPolicy = .error,
                checkNames: Bool = true) {
        self.checkNames = checkNames
        self.crosswalk = crosswalk
        self.missing = missing
        self.unmatched = unmatched
    }
}
